using MathNet.Numerics.LinearAlgebra;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>
/// The Anderson–Rubin statistic as a function of β₀ for one endogenous regressor, evaluated in O(L1³)
/// per point: with v(β₀) = ỹ − β₀x̃ the reduced-form coefficients b = b_y − β₀b_x, the residuals and
/// therefore every meat Σ s s' are quadratic in β₀, so three meats computed once (by polarisation)
/// give the meat at any β₀. Same scaling as <see cref="ExcludedInstrumentWald"/>.
/// </summary>
internal sealed class AndersonRubinCurve
{
    private readonly IvProblem _p;
    private readonly IvCovariance _covariance;
    private readonly IvDof _d;
    private readonly Vector<double> _by, _bx;
    private readonly Matrix<double> _ztz, _bread, _myy, _mxy2, _mxx;
    private readonly double _ryy, _rxy2, _rxx;

    public AndersonRubinCurve(IvProblem p, IvCovariance covariance, IvDof d)
    {
        _p = p;
        _covariance = covariance;
        _d = d;
        var z = p.Z1T;
        _ztz = z.TransposeThisAndMultiply(z);
        var chol = _ztz.Cholesky();
        _bread = chol.Solve(Matrix<double>.Build.DenseIdentity(z.ColumnCount));
        var y = p.YT;
        var x = p.X1T.Column(0);
        _by = chol.Solve(z.TransposeThisAndMultiply(y));
        _bx = chol.Solve(z.TransposeThisAndMultiply(x));
        var uy = y - z * _by;
        var ux = x - z * _bx;
        _ryy = uy.DotProduct(uy);
        _rxx = ux.DotProduct(ux);
        _rxy2 = 2 * uy.DotProduct(ux);
        if (!covariance.IsIid)
        {
            _myy = Meat(z, uy);
            _mxx = Meat(z, ux);
            _mxy2 = Meat(z, uy + ux) - _myy - _mxx;
        }
        else _myy = _mxx = _mxy2 = _ztz;
    }

    private Matrix<double> Meat(Matrix<double> z, Vector<double> u)
    {
        var scores = z.Clone();
        for (int i = 0; i < _p.N; i++) scores.SetRow(i, scores.Row(i) * u[i]);
        return _covariance.RawMeat(scores, _p.Clusters);
    }

    /// <summary>(χ² form, F form, p of χ², p of F) at β₀.</summary>
    public (double Chi2, double F, double PChi2, double PF) At(double beta0)
    {
        var b = _by - beta0 * _bx;
        double wald;
        if (_covariance.IsIid)
        {
            double rss = _ryy - beta0 * _rxy2 + beta0 * beta0 * _rxx;
            wald = b.DotProduct(_ztz * b) / (rss / (_p.N - _d.DofMinus));
        }
        else
        {
            var meat = _myy - beta0 * _mxy2 + beta0 * beta0 * _mxx;
            var v = _bread * meat * _bread;
            wald = b.DotProduct((0.5 * (v + v.Transpose())).Solve(b));
            if (!_covariance.IsClustered) wald *= (_p.N - _d.DofMinus) / (double)_p.N;
        }
        int q = _p.L1;
        double f = _d.WaldToF(wald, q);
        return (wald, f, ExcludedInstrumentWald.ChiSquaredUpper(wald, q), ExcludedInstrumentWald.FUpper(f, q, _d.ExcludedF_Df2));
    }
}
