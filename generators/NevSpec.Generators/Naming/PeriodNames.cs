using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NevSpec.Generators.Models;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Naming
{
    /// <summary>
    /// Names the per-period properties of network results from the spec's periods (documented in docs/generator.md):
    /// <c>2011..2014</c> → <c>P2011_2014</c>, a single year <c>2015</c> → <c>P2015</c>, a network without periods → <c>All</c>.
    /// The mapping is injective (a negative year is written <c>M</c> and its digits) and periods are distinct, so two
    /// periods never share a name; a name that meets a fixed member still gets '_' appended, as terms do.
    /// </summary>
    internal static class PeriodNames
    {
        /// <summary>The engine's label of the single period of a network without periods (<c>NetworkLoader.AllPeriodLabel</c>).</summary>
        public const string AllLabel = "all";

        /// <summary>The property of a network without periods.</summary>
        public const string AllProperty = "All";

        /// <summary><c>P</c>, the first year, and unless it is a single year, <c>_</c> and the last year.</summary>
        public static string Property(PeriodPlan period) =>
            "P" + Year(period.First) + (period.First == period.Last ? "" : "_" + Year(period.Last));

        /// <summary>One property per period of <paramref name="network"/>, in order; <c>All</c> when it has no periods.</summary>
        public static EquatableArray<PeriodName> Properties(NetworkPlan network, IEnumerable<string> reserved)
        {
            var used = new HashSet<string>(reserved, System.StringComparer.Ordinal);
            if (network.Periods.IsEmpty)
                return EquatableArray.From(new PeriodName(AllLabel, NameAssigner.Unique(used, AllProperty)));
            return network.Periods.Select(p => new PeriodName(p.Label, NameAssigner.Unique(used, Property(p)))).ToEquatableArray();
        }

        private static string Year(int year) =>
            year < 0 ? "M" + (-(long)year).ToString(CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture);
    }
}
