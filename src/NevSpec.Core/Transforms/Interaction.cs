namespace NevSpec.Core.Transforms;

/// <summary>Interaction (product) columns for terms such as <c>x * z</c>.</summary>
/// <remarks>
/// (x·z)ᵢ = xᵢ zᵢ, or (xᵢ − c_x)(zᵢ − c_z) when centres are given; missing if either factor is missing.
/// The name follows R/fixest, <c>x:z</c>.
/// </remarks>
public static class Interaction
{
    /// <summary>Name of the product column of <paramref name="x"/> and <paramref name="z"/>: <c>x:z</c>.</summary>
    public static string Name(string x, string z) => $"{x}:{z}";

    /// <summary>Elementwise (x − centreX)(z − centreZ); centres default to 0 (plain product).</summary>
    public static double[] Product(double[] x, double[] z, double centreX = 0, double centreZ = 0)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(z);
        if (x.Length != z.Length)
            throw new ArgumentException($"An interaction needs columns of equal length, got {x.Length} and {z.Length}.");
        var result = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
            result[i] = double.IsFinite(x[i]) && double.IsFinite(z[i]) ? (x[i] - centreX) * (z[i] - centreZ) : double.NaN;
        return result;
    }
}
