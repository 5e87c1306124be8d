namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// Modified Gram–Schmidt applied twice ("twice is enough": Giraud, Langou and Rozložník 2005), so
/// vectors orthogonalised against an orthonormal basis stay orthogonal to working precision.
/// </summary>
internal static class Orthonormal
{
    /// <summary>
    /// Columns whose norm left after orthogonalisation is at most this fraction of their own norm are
    /// collinear with the earlier ones (the criterion and value of R's <c>lm</c> QR, as in Core's
    /// <c>PivotedLeastSquares</c>).
    /// </summary>
    public const double CollinearTolerance = 1e-7;

    /// <summary>Removes from <paramref name="v"/> its components along <paramref name="basis"/> (first <paramref name="count"/> vectors).</summary>
    public static void Orthogonalize(Span<double> v, IReadOnlyList<double[]> basis, int count)
    {
        for (int pass = 0; pass < 2; pass++)
            for (int b = 0; b < count; b++)
                Subtract(v, basis[b]);
    }

    /// <summary>v ← v − b(b'v) for a unit vector b.</summary>
    public static void Subtract(Span<double> v, ReadOnlySpan<double> b)
    {
        double dot = Dot(v, b);
        for (int i = 0; i < v.Length; i++) v[i] -= dot * b[i];
    }

    /// <summary>
    /// Orthogonalises <paramref name="v"/> against the basis and scales it to unit length; false (and v
    /// left unscaled) when it is collinear with the basis by <see cref="CollinearTolerance"/>.
    /// </summary>
    public static bool TryExtend(Span<double> v, IReadOnlyList<double[]> basis, int count)
    {
        double original = Math.Sqrt(Dot(v, v));
        if (original == 0) return false;
        Orthogonalize(v, basis, count);
        double norm = Math.Sqrt(Dot(v, v));
        if (norm <= CollinearTolerance * original) return false;
        for (int i = 0; i < v.Length; i++) v[i] /= norm;
        return true;
    }

    /// <summary>a'b with four interleaved accumulators: the same rounding on every machine, without the latency chain of one.</summary>
    public static double Dot4(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length, i = 0;
        b = b[..n];
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (; i + 4 <= n; i += 4)
        {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) s0 += a[i] * b[i];
        return (s0 + s1) + (s2 + s3);
    }

    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
