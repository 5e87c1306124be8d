using System.Globalization;
using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Instruments;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Instruments;

/// <summary>
/// One Stata ivreg2 run from shared/reference/ivreg2 (copied from restatr/ivreg2r @ 8c666db): the model
/// behind it, read from the run name and manifest.csv, and its output files parsed as they are.
/// </summary>
internal sealed class Ivreg2Fixture
{
    private static readonly Lazy<Dictionary<string, string>> Commands = new(() =>
    {
        var rows = CsvReader.Read(RepositoryPaths.InShared("reference", "ivreg2", "manifest.csv"));
        var runs = rows.GetText("run");
        var commands = rows.GetText("stata_command");
        var map = new Dictionary<string, string>();
        for (int i = 0; i < runs.Length; i++) if (runs[i] is string run) map[run] = commands[i]!;
        return map;
    });

    private static readonly Dictionary<string, DataFrame> Data = new();

    public string Run { get; }
    public string Prefix { get; }
    public string Variant { get; }
    public string StataCommand => Commands.Value[Run];

    public Ivreg2Fixture(string run)
    {
        Run = run;
        Prefix = run[..run.IndexOf('/')];
        Variant = run[(run.IndexOf('/') + 1)..];
    }

    public bool Small => Variant.EndsWith("_small", StringComparison.Ordinal);
    public bool DofMinus => StataCommand.Contains("dofminus(1)", StringComparison.Ordinal);
    public bool Liml => StataCommand.Contains(" liml", StringComparison.Ordinal);
    public double Fuller => StataCommand.Contains("fuller(1)", StringComparison.Ordinal) ? 1 : 0;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IvResult>> Fits = new();

    /// <summary>The model fitted once per run (the three tests of a run share it).</summary>
    public IvResult Fit() => Fits.GetOrAdd(Run, _ => new Lazy<IvResult>(FitModel)).Value;

    /// <summary>Model read from the Stata command: `ivreg2 y exog (endog = instruments), options`.</summary>
    private IvResult FitModel()
    {
        var cmd = StataCommand;
        var head = cmd[..cmd.IndexOf('(')].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var inside = cmd[(cmd.IndexOf('(') + 1)..cmd.IndexOf(')')].Split('=');
        string outcome = head[1];
        var exog = head.Skip(2).ToArray();
        var endog = inside[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var instruments = inside[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string dataFile = Prefix.StartsWith("card", StringComparison.Ordinal) ? "card_data.csv"
            : Prefix.StartsWith("sim_twoway", StringComparison.Ordinal) ? "sim_twoway_data.csv" : "sim_cluster_data.csv";
        var frame = Frame(dataFile);
        var clusterNames = Variant.StartsWith("cl2", StringComparison.Ordinal) ? ["firm_id", "year_id"]
            : Variant.StartsWith("cl", StringComparison.Ordinal) ? new[] { Prefix.StartsWith("card", StringComparison.Ordinal) ? "smsa66" : "cluster_id" }
            : Array.Empty<string>();
        var design = new IvDesign(outcome, Single(frame, outcome), exog, exog.Select(v => Single(frame, v)).ToArray(),
            endog, endog.Select(v => Single(frame, v)).ToArray(), instruments, instruments.Select(v => Single(frame, v)).ToArray(),
            [], clusterNames.Select(c => Factor.FromNumeric(c, frame.GetNumeric(c))).ToArray());
        IvCovariance covariance = clusterNames.Length > 0 ? new IvClusteredCovariance()
            : Variant.StartsWith("hc1", StringComparison.Ordinal) ? new IvRobustCovariance() : new IvIidCovariance();
        var options = new IvOptions(SmallSample: Small, DofMinus: DofMinus ? 1 : 0, SDofMinus: DofMinus ? 1 : 0);
        return Liml || Fuller > 0
            ? new LimitedInformationMaximumLikelihood(options, Fuller).Fit(design, covariance)
            : new TwoStageLeastSquares(options).Fit(design, covariance);
    }

    // Stata stored these variables as floats; the README asks for (double)(float)x before comparing at 1e-7.
    private static double[] Single(DataFrame frame, string column) => frame.GetNumeric(column).Select(x => (double)(float)x).ToArray();

    private static DataFrame Frame(string file)
    {
        lock (Data)
        {
            if (!Data.TryGetValue(file, out var frame))
                Data[file] = frame = CsvReader.Read(RepositoryPaths.InShared("reference", "ivreg2", "data", file));
            return frame;
        }
    }

    private string File(string content) => RepositoryPaths.InShared("reference", "ivreg2", "fixtures", $"{Prefix}_{content}_{Variant}.csv");

    public bool Has(string content) => System.IO.File.Exists(File(content));

    /// <summary>The one-row _diagnostics_ file: column → value (null when Stata left it empty).</summary>
    public Dictionary<string, double?> Diagnostics()
    {
        var lines = System.IO.File.ReadAllLines(File("diagnostics"));
        var names = lines[0].Split(',');
        var values = lines[1].Split(',');
        return names.Select((n, i) => (n, v: values[i])).ToDictionary(t => t.n, t => Parse(t.v));
    }

    /// <summary>The _coef_ file: term → (estimate, std_error).</summary>
    public List<(string Term, double Estimate, double StdErr)> Coefficients() =>
        System.IO.File.ReadAllLines(File("coef")).Skip(1).Select(l => l.Split(','))
            .Select(c => (c[0], Parse(c[1])!.Value, Parse(c[2])!.Value)).ToList();

    /// <summary>The _vcov_ file as (row term, column term) → value.</summary>
    public Dictionary<(string, string), double> Vcov()
    {
        var lines = System.IO.File.ReadAllLines(File("vcov"));
        var columns = lines[0].Split(',').Skip(1).Select(c => c["vcov_".Length..]).ToArray();
        var map = new Dictionary<(string, string), double>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            for (int j = 0; j < columns.Length; j++) map[(cells[0], columns[j])] = Parse(cells[j + 1])!.Value;
        }
        return map;
    }

    /// <summary>The _firststage_ file: statistic → value for the (single) endogenous regressor.</summary>
    public Dictionary<string, double?> FirstStage() =>
        System.IO.File.ReadAllLines(File("firststage")).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => Parse(c[1]));

    private static double? Parse(string text) =>
        text.Length == 0 || text == "." ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public override string ToString() => Run;
}
