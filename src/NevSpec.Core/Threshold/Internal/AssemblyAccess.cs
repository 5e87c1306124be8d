using System.Runtime.CompilerServices;

// The threshold tests check internal pieces (the random-number generator against its published
// vectors, the grid rule) and the benchmarks time them.
[assembly: InternalsVisibleTo("NevSpec.Core.Tests")]
[assembly: InternalsVisibleTo("NevSpec.Benchmarks")]
