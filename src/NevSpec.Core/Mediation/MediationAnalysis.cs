using NevSpec.Core.Randomness;
using MathNet.Numerics.Distributions;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Mediation;

/// <summary>
/// Stepwise mediation analysis (Baron and Kenny 1986) of a fitted model's treatment X through each
/// mediator M: three regressions per mediator with the model's controls, fixed effects, clustering
/// and covariance estimator on one common sample, the indirect effect a·b with Sobel, Aroian and
/// Goodman tests, an optional seeded bootstrap interval, and the proportion mediated.
/// </summary>
/// <remarks>
/// Y = cX + W'γ₁ + FE + e₁ (total effect c); M = aX + W'γ₂ + FE + e₂ (path a); Y = c′X + bM + W'γ₃ + FE + e₃
/// (direct effect c′ and path b). The sample is the rows where Y, X, W, M and every fixed effect and
/// cluster are observed, so c = c′ + a·b holds exactly. With s_a, s_b the SEs from the model's
/// covariance estimator (classical, HC1 or CR1): Sobel (1982) SE = √(b²s_a² + a²s_b²); Aroian (1947)
/// SE = √(b²s_a² + a²s_b² + s_a²s_b²); Goodman (1960) SE = √(b²s_a² + a²s_b² − s_a²s_b²); z = a·b/SE,
/// p = 2Φ(−|z|). Proportion mediated a·b/c. The tests match <c>shared/reference/mtcars_mediation.json</c>.
/// Bootstrap (Preacher and Hayes 2008): B resamples of the common sample, of whole clusters of the
/// first cluster variable when the model is clustered (a fixed effect nested in that variable gets a
/// separate level per drawn cluster, as Stata's <c>bootstrap, cluster() idcluster()</c>), otherwise of
/// observations; a·b is re-estimated on each (point estimates only). Percentile interval: the α/2 and
/// 1 − α/2 percentiles (Stata's percentile definition, <see cref="Transforms.Percentile"/>) of the B
/// estimates. Bias-corrected: z₀ = Φ⁻¹(#{θ* &lt; θ̂}/B), limits at the Φ(2z₀ ± z_{1−α/2}) percentiles
/// (Efron and Tibshirani 1993, <i>An Introduction to the Bootstrap</i>, §14.3 with â = 0). The stream is
/// <see cref="SeededRandom"/> from the seed, restarted for each mediator, so every mediator sees the same draws.
/// </remarks>
public sealed class MediationAnalysis
{
    private readonly MediationOptions _options;
    private readonly FixedEffectsOls _ols;

    public MediationAnalysis(MediationOptions? options = null, FixedEffectsOptions? fixedEffectsOptions = null)
    {
        _options = options ?? new MediationOptions();
        if (_options.Bootstrap < 0)
            throw new ArgumentOutOfRangeException(nameof(options), _options.Bootstrap, "Bootstrap replications must be 0 (none) or positive.");
        if (_options.Bootstrap is > 0 and < 20)
            throw new ArgumentOutOfRangeException(nameof(options), _options.Bootstrap, "A bootstrap interval needs at least 20 replications (1000 or more is usual).");
        if (!(_options.Level > 0 && _options.Level < 1))
            throw new ArgumentOutOfRangeException(nameof(options), _options.Level, "The confidence level must be in (0, 1), e.g. 0.95.");
        _ols = new FixedEffectsOls(fixedEffectsOptions);
    }

    /// <summary>
    /// Analyses <paramref name="treatment"/> (a regressor of <paramref name="model"/>) through each mediator.
    /// The model's other regressors are the controls.
    /// </summary>
    public MediationResult Fit(RegressionDesign model, string treatment, IReadOnlyList<Mediator> mediators, ICovarianceEstimator covariance)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(mediators);
        ArgumentNullException.ThrowIfNull(covariance);
        model.Validate();
        if (!model.RegressorNames.Contains(treatment))
            throw new ArgumentException($"The treatment '{treatment}' is not a regressor of the model for '{model.OutcomeName}' " +
                                        $"(regressors: {string.Join(", ", model.RegressorNames)}).", nameof(treatment));
        if (mediators.Count == 0)
            throw new ArgumentException("Mediation needs at least one mediator, got none.", nameof(mediators));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mediators)
        {
            ArgumentNullException.ThrowIfNull(m);
            Check(model, treatment, m);
            if (!seen.Add(m.Name)) throw new ArgumentException($"Mediator '{m.Name}' appears twice.", nameof(mediators));
        }
        ulong seed = _options.Seed ?? MediationOptions.DefaultSeed;
        var results = mediators.Select(m => FitOne(model, treatment, m, covariance, seed)).ToArray();
        return new MediationResult(model.OutcomeName, treatment, covariance.Name, results, _options, seed);
    }

    private static void Check(RegressionDesign model, string treatment, Mediator m)
    {
        if (m.Values is null || m.Values.Length != model.RowCount)
            throw new ArgumentException($"Mediator '{m.Name}' has {m.Values?.Length ?? 0} rows, expected {model.RowCount} (as '{model.OutcomeName}').");
        if (m.Name == model.OutcomeName || ReferenceEquals(m.Values, model.Outcome) || m.Values.AsSpan().SequenceEqual(model.Outcome))
            throw new ArgumentException($"Mediator '{m.Name}' is the outcome '{model.OutcomeName}'; a mediator must be a different variable.");
        if (m.Name == treatment)
            throw new ArgumentException($"Mediator '{m.Name}' is the treatment; a mediator must be a different variable.");
        if (model.RegressorNames.Contains(m.Name))
            throw new ArgumentException($"Mediator '{m.Name}' is already a control of the model for '{model.OutcomeName}'; remove it from the controls.");
    }

    private MediatorResult FitOne(RegressionDesign model, string treatment, Mediator m, ICovarianceEstimator covariance, ulong seed)
    {
        var keep = DesignRows.Complete(model, [m.Values]);
        var designs = Designs(model, treatment, m, keep);
        var total = Fit(designs.Total, covariance, treatment, m.Name, "total-effect");
        var path = Fit(designs.Mediator, covariance, treatment, m.Name, "mediator");
        var outcome = Fit(designs.Outcome, covariance, treatment, m.Name, "outcome");
        var notes = new List<string>();
        var bTerm = Term(outcome, m.Name, m.Name, "outcome");

        double a = path[treatment].Estimate, sa = path[treatment].StdErr, b = bTerm.Estimate, sb = bTerm.StdErr;
        double ab = a * b, core = b * b * sa * sa + a * a * sb * sb, cross = sa * sa * sb * sb;
        var sobel = Test("Sobel", ab, Math.Sqrt(core));
        var aroian = Test("Aroian", ab, Math.Sqrt(core + cross));
        IndirectEffectTest? goodman = null;
        if (core - cross > 0) goodman = Test("Goodman", ab, Math.Sqrt(core - cross));
        else notes.Add($"Goodman's test is undefined for '{m.Name}': b²s_a² + a²s_b² − s_a²s_b² = {core - cross:G4} is not positive.");

        BootstrapInterval? bootstrap = null;
        if (_options.Bootstrap > 0)
            bootstrap = Bootstrap(designs, treatment, m.Name, keep, ab, seed, notes);

        double c = total[treatment].Estimate, cPrime = outcome[treatment].Estimate;
        return new MediatorResult
        {
            Mediator = m.Name,
            TotalModel = total,
            MediatorModel = path,
            OutcomeModel = outcome,
            A = path[treatment],
            B = bTerm,
            Direct = outcome[treatment],
            Total = total[treatment],
            Indirect = ab,
            Sobel = sobel,
            Aroian = aroian,
            Goodman = goodman,
            ProportionMediated = c != 0 ? ab / c : null,
            IndirectToDirectRatio = cPrime != 0 ? ab / cPrime : null,
            Bootstrap = bootstrap,
            Notes = notes.ToArray(),
        };
    }

    private sealed record DesignSet(RegressionDesign Total, RegressionDesign Mediator, RegressionDesign Outcome);

    private static DesignSet Designs(RegressionDesign model, string treatment, Mediator m, bool[] keep)
    {
        var y = DesignRows.Masked(model.Outcome, keep);
        var mv = DesignRows.Masked(m.Values, keep);
        int at = model.RegressorNames.ToList().IndexOf(treatment) + 1;
        var names = model.RegressorNames.ToList();
        var columns = model.Regressors.ToList();
        names.Insert(at, m.Name);
        columns.Insert(at, m.Values);
        return new DesignSet(
            model with { Outcome = y },
            model with { OutcomeName = m.Name, Outcome = mv },
            model with { Outcome = y, RegressorNames = names, Regressors = columns });
    }

    private RegressionResult Fit(RegressionDesign design, ICovarianceEstimator covariance, string treatment, string mediator, string which)
    {
        RegressionResult result;
        try { result = _ols.Fit(design, covariance); }
        catch (EstimationException ex)
        {
            throw new EstimationException($"Mediation through '{mediator}': the {which} model ({design.OutcomeName} ~ {string.Join(" + ", design.RegressorNames)}) " +
                                          $"cannot be estimated: {ex.Message}", ex);
        }
        Term(result, treatment, mediator, which);
        return result;
    }

    private static CoefficientEstimate Term(RegressionResult result, string term, string mediator, string which) =>
        result.Terms.Contains(term) ? result[term]
            : throw new EstimationException($"Mediation through '{mediator}': '{term}' was dropped from the {which} model " +
                                            $"({string.Join("; ", result.Notes)}), so the paths cannot be estimated.");

    private static IndirectEffectTest Test(string method, double ab, double se)
    {
        double z = ab / se;
        return new IndirectEffectTest(method, se, z, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }

    private BootstrapInterval Bootstrap(DesignSet designs, string treatment, string mediator, bool[] keep, double ab, ulong seed, List<string> notes)
    {
        var rows = Enumerable.Range(0, keep.Length).Where(i => keep[i]).ToArray();
        var cluster = designs.Outcome.Clusters.Count > 0 ? designs.Outcome.Clusters[0] : null;
        var random = new SeededRandom(seed);
        var iid = new IidCovariance();
        var estimates = new List<double>(_options.Bootstrap);
        int failed = 0;
        for (int r = 0; r < _options.Bootstrap; r++)
        {
            var (pick, draw) = DesignRows.Resample(rows, cluster, random);
            try
            {
                var a = _ols.Fit(DesignRows.Select(designs.Mediator, pick, draw, cluster), iid);
                var o = _ols.Fit(DesignRows.Select(designs.Outcome, pick, draw, cluster), iid);
                if (a.Terms.Contains(treatment) && o.Terms.Contains(mediator))
                {
                    estimates.Add(a[treatment].Estimate * o[mediator].Estimate);
                    continue;
                }
            }
            catch (EstimationException) { }
            failed++;
        }
        if (failed > 0)
            notes.Add($"{failed} of {_options.Bootstrap} bootstrap replications for '{mediator}' could not be estimated and were left out.");
        if (estimates.Count < 2)
            throw new EstimationException($"Mediation through '{mediator}': only {estimates.Count} of {_options.Bootstrap} bootstrap replications could be estimated.");
        var summary = BootstrapSummary.Summarise(estimates.ToArray(), ab, _options.Level);
        if (summary.BcLow is null)
            notes.Add($"The bias-corrected interval for '{mediator}' is undefined: every bootstrap estimate lies on one side of a·b = {ab:G6}.");
        return new BootstrapInterval(_options.Bootstrap, estimates.Count, seed, cluster is null ? "observations" : cluster.Name,
            _options.Level, summary.StdErr, summary.PercentileLow, summary.PercentileHigh, summary.BcLow, summary.BcHigh, summary.Z0, _options.Ci);
    }
}
