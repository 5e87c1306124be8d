using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Transforms;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// Computes a model's derived columns (<c>log x</c>, <c>lag x 1</c>, <c>std x</c>, <c>centre x</c>,
/// <c>x * z</c>) on the whole source before any filter, so that a lag of the first kept year still sees
/// the year before it. Lags and leads follow the panel's unit and time keys and respect gaps in time.
/// </summary>
public static class DerivedColumns
{
    public static DataFrame Apply(DataFrame frame, IEnumerable<DerivedColumnPlan> derived, DataSourcePlan source)
    {
        foreach (var column in derived)
            if (!frame.HasColumn(column.Name))
                frame = frame.WithColumn(column.Name, Evaluate(frame, column.Expression, source));
        return frame;
    }

    private static double[] Evaluate(DataFrame frame, TermPlan term, DataSourcePlan source) => term switch
    {
        ColumnTerm c => frame.GetNumeric(c.Column),
        LogTerm l => LogTransform.Apply(l.ToString(), Evaluate(frame, l.Operand, source)),
        LagTerm l => PanelShift.Shift(l.ToString(), Evaluate(frame, l.Operand, source), Unit(frame, source), frame.GetNumeric(source.TimeColumn), l.Periods),
        StandardizeTerm s => Standardization.Standardize(s.ToString(), Evaluate(frame, s.Operand, source)),
        CentreTerm c => Standardization.Centre(c.ToString(), Evaluate(frame, c.Operand, source)),
        ProductTerm p => Interaction.Product(Evaluate(frame, p.Left, source), Evaluate(frame, p.Right, source)),
        _ => throw new InvalidOperationException($"Unsupported term '{term}'."),
    };

    private static Factor Unit(DataFrame frame, DataSourcePlan source) =>
        frame.IsNumeric(source.IdColumn)
            ? Factor.FromNumeric(source.IdColumn, frame.GetNumeric(source.IdColumn))
            : Factor.FromText(source.IdColumn, frame.GetText(source.IdColumn));
}
