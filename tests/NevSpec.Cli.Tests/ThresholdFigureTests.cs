using System.Text.RegularExpressions;
using System.Xml.Linq;
using NevSpec.Tests;

namespace NevSpec.Cli.Tests;

/// <summary>
/// <c>nevspec run specs/reference/hansen1999.nevspec</c>: the LR figures (one per threshold estimate,
/// PNG and SVG, drawn with ScottPlot) are written and listed on stderr, and the bootstrap stages print
/// occasional progress lines on stderr.
/// </summary>
public sealed class ThresholdFigureTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly string _out = Directory.CreateTempSubdirectory("nevspec-fig-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void HansenRunWritesLrFiguresAndReportsProgress()
    {
        var run = CliRun.Of("run", Path.Combine(RepositoryPaths.Specs, "reference", "hansen1999.nevspec"), "--out", _out);
        Assert.True(run.ExitCode == 0, run.Stderr);

        for (int k = 1; k <= 3; k++)
        {
            var png = Path.Combine(_out, $"hansen.lr{k}.png");
            var svg = Path.Combine(_out, $"hansen.lr{k}.svg");
            Assert.Contains($"wrote {png}", run.Stderr);
            Assert.Contains($"wrote {svg}", run.Stderr);

            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 10_000, $"{png}: {bytes.Length} bytes");
            Assert.Equal(PngSignature, bytes.Take(8));
            // IHDR: width and height, big-endian, at bytes 16–23.
            Assert.Equal(720, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
            Assert.Equal(480, (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]);

            var root = XDocument.Load(svg).Root!;
            Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), root.Name);
            Assert.Contains(root.Descendants(), e => e.Name.LocalName is "path" or "polyline" or "line");
        }
        Assert.False(File.Exists(Path.Combine(_out, "hansen.lr4.png")));

        // Progress: each bootstrap stage starts and finishes, in a handful of lines (quarters), not one per replicate.
        foreach (var stage in new[] { "single", "double", "triple" })
        {
            Assert.Contains($"hansen: bootstrap {stage} ", run.Stderr);
            Assert.Contains($"hansen: bootstrap {stage} 300/300", run.Stderr);
        }
        int progressLines = Regex.Matches(run.Stderr, "hansen: bootstrap").Count;
        Assert.InRange(progressLines, 6, 20);
    }
}
