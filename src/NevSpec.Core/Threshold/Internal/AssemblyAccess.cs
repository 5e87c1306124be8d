using System.Runtime.CompilerServices;

// The threshold tests check internal pieces directly: the random-number generator against its
// published vectors and the grid rule.
[assembly: InternalsVisibleTo("NevSpec.Core.Tests")]
