using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    /// <summary>An analysis stage applied to a model, before its data source is known (see Binder.Plan).</summary>
    internal abstract record AnalysisState(ModelState Model, ExpressionSyntax Stage)
    {
        public abstract string KindDescription { get; }
    }

    internal sealed record StepwiseState(ModelState Model, ExpressionSyntax Stage) : AnalysisState(Model, Stage)
    {
        public override string KindDescription => "a stepwise table";
    }

    internal sealed record MediationState(
        ModelState Model, ExpressionSyntax Stage, EquatableArray<ColumnRef> Mediators, int Bootstrap, ulong Seed, bool SeedGiven,
        MediationCi Ci, double Level) : AnalysisState(Model, Stage)
    {
        public override string KindDescription => "a mediation analysis";
    }

    internal sealed record ModerationState(ModelState Model, ExpressionSyntax Stage, ColumnRef Focal, ColumnRef Moderator, bool Centre)
        : AnalysisState(Model, Stage)
    {
        public override string KindDescription => "a moderation analysis";
    }

    /// <summary><see cref="Column"/> is null for a period split (the source's time column, known at completion).</summary>
    internal sealed record SplitState(
        ModelState Model, ExpressionSyntax Stage, SplitKind Kind, ColumnRef? Column, EquatableArray<PeriodRange> Periods,
        int Permutations, ulong Seed, bool SeedGiven) : AnalysisState(Model, Stage)
    {
        public override string KindDescription => "a split-sample analysis";
    }

    internal sealed record ThresholdState(
        ModelState Model, ExpressionSyntax Stage, ColumnRef Variable, EquatableArray<ColumnRef> RegimeDependent, int Max,
        EquatableArray<double> Trim, int Grid, int Bootstrap, ulong Seed, bool SeedGiven, EquatableArray<double> Levels)
        : AnalysisState(Model, Stage)
    {
        public override string KindDescription => "a threshold analysis";
    }

    internal sealed record IvState(
        ModelState Model, ExpressionSyntax Stage, EquatableArray<ColumnRef> Endogenous, EquatableArray<ColumnRef> Instruments,
        IvEstimator Estimator) : AnalysisState(Model, Stage)
    {
        public override string KindDescription => "an instrumental-variables analysis";
    }
}
