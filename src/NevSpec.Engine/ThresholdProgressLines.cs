using NevSpec.Core.Threshold;

namespace NevSpec.Engine;

/// <summary>
/// Turns the threshold estimator's fine-grained progress (every few bootstrap replicates, from worker
/// threads) into occasional text lines: the start of a stage and each further quarter of it, e.g.
/// "hansen: bootstrap double 150/300". Thread-safe; lines come out in order, one at a time.
/// </summary>
internal sealed class ThresholdProgressLines(string analysis, IProgress<string> target) : IProgress<ThresholdProgress>
{
    private readonly Lock _gate = new();
    private string? _stage;
    private int _quarter = -1;

    public void Report(ThresholdProgress value)
    {
        lock (_gate)
        {
            if (value.Stage != _stage)
            {
                _stage = value.Stage;
                _quarter = -1;
            }
            int quarter = value.Total <= 0 ? 4 : (int)(4L * value.Completed / value.Total);
            if (quarter <= _quarter) return;
            _quarter = quarter;
            // A search stage is instant: report its start only.
            if (value.Total <= 1 && value.Completed > 0) return;
            target.Report(value.Completed == 0
                ? $"{analysis}: {value.Stage}"
                : $"{analysis}: {value.Stage} {value.Completed}/{value.Total}");
        }
    }
}
