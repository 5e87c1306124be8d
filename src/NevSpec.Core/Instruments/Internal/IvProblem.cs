using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;
using NevSpec.Core.Estimation.Internal;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>
/// An IV model ready for estimation: the estimation sample, every variable with the fixed effects
/// removed (or an intercept added), collinear columns set aside, and the exogenous regressors
/// partialled out of y, X1 and Z1 (the "~" versions) for the diagnostics.
/// </summary>
internal sealed class IvProblem
{
    public required string OutcomeName { get; init; }
    public required SampleSelection Sample { get; init; }
    public required double[] YRaw { get; init; }           // outcome on the sample, before demeaning
    public required Vector<double> Y { get; init; }          // demeaned outcome (raw without FE)
    public required Matrix<double> X1 { get; init; }         // endogenous, N × K1
    public required Matrix<double> X2 { get; init; }         // exogenous incl. _cons, N × K2
    public required Matrix<double> Z1 { get; init; }         // excluded instruments, N × L1
    public required string[] EndogenousNames { get; init; }
    public required string[] ExogenousNames { get; init; }
    public required string[] InstrumentNames { get; init; }
    public required Factor[] FixedEffects { get; init; }
    public required Factor[] Clusters { get; init; }
    public required AbsorbedDegreesOfFreedom.Result Absorbed { get; init; }
    public required int Sweeps { get; init; }
    public required List<string> Notes { get; init; }
    public required List<string> DroppedCollinear { get; init; }
    public required int[] Rows { get; init; }
    public required Dictionary<string, double[]> Raw { get; init; } // every design column on the sample, before demeaning

    public int N => Y.Count;
    public int K1 => X1.ColumnCount;
    public int K2 => X2.ColumnCount;
    public int L1 => Z1.ColumnCount;
    public int K => K1 + K2;
    public int L => L1 + K2;
    public bool HasFixedEffects => FixedEffects.Length > 0;

    /// <summary>Smallest number of clusters over the cluster variables (0 without clusters).</summary>
    public int MinClusters => Clusters.Length == 0 ? 0 : Clusters.Min(c => c.Levels);

    public Matrix<double> X => X1.Append(X2);
    public Matrix<double> Z => Z1.Append(X2);

    private Vector<double>? _yT;
    private Matrix<double>? _x1T, _z1T;
    private Projection? _exogenous, _excluded, _all;

    /// <summary>Projection on the exogenous regressors (identity residual maker when there are none).</summary>
    public Projection Exogenous => _exogenous ??= new Projection(X2);

    /// <summary>Projection on the partialled excluded instruments Z̃1.</summary>
    public Projection Excluded => _excluded ??= new Projection(Z1T);

    /// <summary>Projection on all instruments Z = [Z1 X2].</summary>
    public Projection AllInstruments => _all ??= new Projection(Z);

    public Vector<double> YT => _yT ??= Exogenous.Residual(Y);
    public Matrix<double> X1T => _x1T ??= Exogenous.Residual(X1);
    public Matrix<double> Z1T => _z1T ??= Exogenous.Residual(Z1);
}
