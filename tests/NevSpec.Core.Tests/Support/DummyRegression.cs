using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Tests.Support;

/// <summary>
/// Independent brute-force check: the explicit dummy-variable regression y = Xβ + Dα + e with MathNet
/// dense matrices (slopes first, then an intercept, then the dummies of every fixed effect with the
/// first level left out). The slope block of any sandwich on this full design equals the within
/// estimator's (Frisch–Waugh–Lovell), so it checks demeaning, QR, bread and meat all at once.
/// </summary>
internal sealed class DummyRegression
{
    public Matrix<double> X { get; }
    public Vector<double> Beta { get; }
    public Vector<double> Residuals { get; }
    public Matrix<double> Bread { get; }
    public int N => X.RowCount;
    public int Columns => X.ColumnCount;

    public DummyRegression(double[] y, IReadOnlyList<double[]> slopes, IReadOnlyList<Factor> fixedEffects)
    {
        int n = y.Length;
        var columns = new List<double[]>(slopes);
        columns.Add(Enumerable.Repeat(1.0, n).ToArray());
        foreach (var fe in fixedEffects)
        {
            var codes = fe.Codes;
            for (int level = 1; level < fe.Levels; level++)
                columns.Add(codes.Select(c => c == level ? 1.0 : 0.0).ToArray());
        }
        X = Matrix<double>.Build.DenseOfColumnArrays(columns);
        var yv = Vector<double>.Build.DenseOfArray(y);
        Beta = X.QR().Solve(yv);
        Residuals = yv - X * Beta;
        Bread = (X.TransposeThisAndMultiply(X)).Inverse();
    }

    /// <summary>Σᵢ xᵢxᵢ' eᵢ².</summary>
    public Matrix<double> HeteroskedasticMeat()
    {
        var meat = Matrix<double>.Build.Dense(Columns, Columns);
        for (int i = 0; i < N; i++)
        {
            var xi = X.Row(i);
            meat += xi.OuterProduct(xi) * (Residuals[i] * Residuals[i]);
        }
        return meat;
    }

    /// <summary>Σ_g (Σ_{i∈g} xᵢeᵢ)(Σ_{i∈g} xᵢeᵢ)' for group codes 0..G−1.</summary>
    public Matrix<double> ClusterMeat(int[] groupOfRow)
    {
        var meat = Matrix<double>.Build.Dense(Columns, Columns);
        foreach (var group in Enumerable.Range(0, N).GroupBy(i => groupOfRow[i]))
        {
            var score = Vector<double>.Build.Dense(Columns);
            foreach (int i in group) score += X.Row(i) * Residuals[i];
            meat += score.OuterProduct(score);
        }
        return meat;
    }

    /// <summary>Slope block (first <paramref name="k"/> rows and columns) of Bread · meat · Bread.</summary>
    public Matrix<double> SandwichSlopes(Matrix<double> meat, int k) => (Bread * meat * Bread).SubMatrix(0, k, 0, k);
}
