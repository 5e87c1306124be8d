using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace NevSpec.Generators.Emit
{
    /// <summary>Invariant-culture C# literals: strings escaped by Roslyn, doubles that round-trip exactly.</summary>
    internal static class CSharpLiterals
    {
        public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        public static string Double(double value)
        {
            if (double.IsNaN(value)) return "double.NaN";
            if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
            if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            if (double.Parse(text, CultureInfo.InvariantCulture) != value) text = value.ToString("G17", CultureInfo.InvariantCulture);
            return text + "d";
        }
    }
}
