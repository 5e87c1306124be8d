using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>Orthogonal projection on the column space of a full-column-rank matrix, by thin Householder QR.</summary>
internal sealed class Projection
{
    private readonly Matrix<double>? _q;

    public Projection(Matrix<double> columns)
    {
        if (columns.ColumnCount > 0) _q = columns.QR(QRMethod.Thin).Q;
    }

    public Vector<double> Fitted(Vector<double> v) => _q is null ? Vector<double>.Build.Dense(v.Count) : _q * _q.TransposeThisAndMultiply(v);

    public Matrix<double> Fitted(Matrix<double> m) => _q is null ? Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount) : _q * _q.TransposeThisAndMultiply(m);

    public Vector<double> Residual(Vector<double> v) => v - Fitted(v);

    public Matrix<double> Residual(Matrix<double> m) => m - Fitted(m);
}
