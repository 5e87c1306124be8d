using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using NevSpec.Generators.Models;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Naming
{
    /// <summary>
    /// Names an ERGM coefficient's property from its statnet label (<see cref="ErgmTermPlan.Label"/>, the name the engine
    /// and R give the coefficient), documented in docs/generator.md: each '.'-separated part starts with a capital and the
    /// parts are joined, except that a '.' between two digits becomes '_'; any other character that cannot be in an
    /// identifier becomes '_'. <c>edges</c> → <c>Edges</c>, <c>nodecov.gdp</c> → <c>NodecovGdp</c>,
    /// <c>edgecov.distance</c> → <c>EdgecovDistance</c>, <c>gwesp.fixed.0.5</c> → <c>GwespFixed0_5</c>,
    /// <c>kstar2</c> → <c>Kstar2</c>, <c>nodecov.edu_spending</c> → <c>NodecovEdu_spending</c>.
    /// </summary>
    internal static class ErgmTermNames
    {
        /// <summary>The property name of one term before collisions are resolved; never a keyword (it starts with a capital).</summary>
        public static string Property(ErgmTermPlan term) => FromLabel(term.Label);

        /// <summary>The mapping on a statnet label.</summary>
        public static string FromLabel(string label)
        {
            var builder = new StringBuilder(label.Length + 1);
            var capitalise = true;
            for (var i = 0; i < label.Length; i++)
            {
                var c = label[i];
                if (c == '.')
                {
                    var betweenDigits = i > 0 && i + 1 < label.Length && char.IsDigit(label[i - 1]) && char.IsDigit(label[i + 1]);
                    if (betweenDigits) builder.Append('_');
                    else capitalise = true;
                    continue;
                }
                if (!SyntaxFacts.IsIdentifierPartCharacter(c)) { builder.Append('_'); capitalise = false; continue; }
                builder.Append(capitalise ? char.ToUpperInvariant(c) : c);
                capitalise = false;
            }
            if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0])) builder.Insert(0, '_');
            return builder.ToString();
        }

        /// <summary>
        /// One property per distinct term label, in the spec's order; '_' appended while a name is taken (by an earlier
        /// term, e.g. <c>nodecov gdp</c> and <c>nodecov Gdp</c>, or by a member in <paramref name="reserved"/>).
        /// </summary>
        public static EquatableArray<TermName> Properties(IEnumerable<ErgmTermPlan> terms, IEnumerable<string> reserved)
        {
            var used = new HashSet<string>(reserved, System.StringComparer.Ordinal);
            return terms.Select(t => t.Label).Distinct(System.StringComparer.Ordinal)
                .Select(label => new TermName(label, NameAssigner.Unique(used, FromLabel(label))))
                .ToEquatableArray();
        }
    }
}
