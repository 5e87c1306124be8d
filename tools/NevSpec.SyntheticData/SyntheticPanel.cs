using System.Globalization;
using System.Text;

namespace NevSpec.SyntheticData;

/// <summary>
/// A generated balanced panel: rows ordered by province (in <see cref="Provinces.All"/> order) then year.
/// Numeric columns hold exactly the values written to the CSV (already rounded to
/// <see cref="SignificantDigits"/> significant digits). <see cref="Latent"/> holds unobserved parts of the
/// DGP that are not written out (for tests and documentation).
/// </summary>
public sealed class SyntheticPanel
{
    /// <summary>Significant digits of every numeric value in the file.</summary>
    public const int SignificantDigits = 10;

    private readonly Dictionary<string, double[]> _numeric;

    internal SyntheticPanel(
        ulong seed, DgpParameters parameters, string[] province, string[] region, int[] year,
        IReadOnlyList<string> numericColumns, Dictionary<string, double[]> numeric,
        Dictionary<string, double[]> latent)
    {
        Seed = seed;
        Parameters = parameters;
        Province = province;
        Region = region;
        Year = year;
        NumericColumns = numericColumns;
        _numeric = numeric;
        Latent = latent;
    }

    public ulong Seed { get; }
    public DgpParameters Parameters { get; }
    public IReadOnlyList<string> Province { get; }
    public IReadOnlyList<string> Region { get; }
    public IReadOnlyList<int> Year { get; }
    public int RowCount => Year.Count;

    /// <summary>Numeric columns in file order (after province, region, year).</summary>
    public IReadOnlyList<string> NumericColumns { get; }

    /// <summary>All columns in file order.</summary>
    public IReadOnlyList<string> Columns => ["province", "region", "year", .. NumericColumns];

    /// <summary>A numeric column (a copy is not made; do not mutate).</summary>
    public IReadOnlyList<double> this[string column] => _numeric[column];

    /// <summary>
    /// Unobserved DGP components per row: "eta" (time-varying endogeneity shock), "epsilon" (Nevd error),
    /// "nevd_mean" (Nevd − epsilon, the part of Nevd explained by the DGP's regressors and η),
    /// "dim_input", "dim_output", "dim_social", "dim_sustainability" (dimension scores).
    /// </summary>
    public IReadOnlyDictionary<string, double[]> Latent { get; }

    /// <summary>Rounds to <see cref="SignificantDigits"/> significant digits exactly as the file stores it.</summary>
    public static double RoundForFile(double value) =>
        double.Parse(Format(value), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Invariant-culture text with <see cref="SignificantDigits"/> significant digits ("G10").</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(nameof(value), "Synthetic values must be finite.");
        string s = value.ToString("G10", CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s;
    }

    /// <summary>The CSV text: header plus one line per row, '\n' line endings, trailing newline.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', Columns)).Append('\n');
        for (int r = 0; r < RowCount; r++)
        {
            sb.Append(Province[r]).Append(',').Append(Region[r]).Append(',')
              .Append(Year[r].ToString(CultureInfo.InvariantCulture));
            foreach (string c in NumericColumns)
                sb.Append(',').Append(Format(_numeric[c][r]));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>UTF-8 bytes (no byte-order mark) of <see cref="ToCsv"/>.</summary>
    public byte[] ToCsvBytes() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToCsv());
}
