using System.Collections.Generic;
using NevSpec.Language.Text;

namespace NevSpec.Language.Diagnostics
{
    /// <summary>
    /// Every diagnostic NevSpec.Language can report, with stable sequential ids. Syntax first, then names,
    /// then the shape of calls and options, then data sources and columns, then model checks.
    /// Each message names the offending thing and says what was expected; docs/language.md lists them all.
    /// </summary>
    public static class DiagnosticCatalogue
    {
        private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

        public static readonly DiagnosticDescriptor SyntaxError = new(
            "NEV0001", "Syntax error", "Syntax error: unexpected {0}, expected {1}", Error);

        public static readonly DiagnosticDescriptor MissingModule = new(
            "NEV0002", "Missing module declaration", "The spec must start with 'module <Name>'; found {0}", Error);

        public static readonly DiagnosticDescriptor DuplicateName = new(
            "NEV0003", "Duplicate name", "'{0}' is already defined at line {1}; choose a different name", Error);

        public static readonly DiagnosticDescriptor UnknownName = new(
            "NEV0004", "Unknown name", "Unknown name '{0}'; expected {1}{2}", Error);

        public static readonly DiagnosticDescriptor ForwardReference = new(
            "NEV0005", "Name used before its definition",
            "'{0}' is used before its definition at line {1}; move that definition above this use", Error);

        public static readonly DiagnosticDescriptor WrongKind = new(
            "NEV0006", "Wrong kind of value", "'{0}' is {1}, but {2} is expected here", Error);

        public static readonly DiagnosticDescriptor UnknownFunction = new(
            "NEV0007", "Unknown function", "Unknown function '{0}'; expected {1}", Error);

        public static readonly DiagnosticDescriptor UnknownPipeStage = new(
            "NEV0008", "Unknown pipe stage", "Unknown pipe stage '{0}'; expected {1}", Error);

        public static readonly DiagnosticDescriptor WrongArgumentCount = new(
            "NEV0009", "Wrong number of arguments", "'{0}' takes {1}; found {2}", Error);

        public static readonly DiagnosticDescriptor UnknownOption = new(
            "NEV0010", "Unknown option", "Unknown key '{0}' in {1}; expected {2}", Error);

        public static readonly DiagnosticDescriptor MissingOption = new(
            "NEV0011", "Missing required option", "Missing key '{0}' in {1}; add '{0} = <column>'", Error);

        public static readonly DiagnosticDescriptor DuplicateOption = new(
            "NEV0012", "Duplicate option", "Key '{0}' appears twice in {1} (first at line {2}); keep one", Error);

        public static readonly DiagnosticDescriptor UnknownVcovKind = new(
            "NEV0013", "Unknown covariance estimator", "Unknown covariance '{0}'; expected iid, hc1 or cr1", Error);

        public static readonly DiagnosticDescriptor ClusterCount = new(
            "NEV0014", "Wrong number of cluster variables", "'cluster' takes one or two variables; found {0}", Error);

        public static readonly DiagnosticDescriptor Cr1WithoutCluster = new(
            "NEV0015", "Cluster-robust covariance without clusters",
            "Model '{0}' asks for 'vcov cr1' but has no cluster variables; add '|> cluster <column>'", Error);

        public static readonly DiagnosticDescriptor EmptyRegressorList = new(
            "NEV0016", "Empty regressor list", "Model '{0}' has an empty regressor list; expected at least one regressor", Error);

        public static readonly DiagnosticDescriptor RoleConflict = new(
            "NEV0017", "Variable in two roles", "'{0}' is already {1} (line {2}); it cannot also be {3}", Error);

        public static readonly DiagnosticDescriptor NoDataSource = new(
            "NEV0018", "No data source",
            "Model '{0}' has no data source; expected a binding such as 'let data = panel \"data.csv\" {{ id = unit; time = year }}'", Error);

        public static readonly DiagnosticDescriptor AmbiguousDataSource = new(
            "NEV0019", "Ambiguous data source", "Model '{0}' could read any of {1}; add '|> using <source>' to choose one", Error);

        public static readonly DiagnosticDescriptor NotADataSource = new(
            "NEV0020", "'using' names something that is not a data source", "'using {0}' names {1}; expected a data source ({2})", Error);

        public static readonly DiagnosticDescriptor DataFileNotFound = new(
            "NEV0021", "Data file not found", "Data file '{0}' was not found (paths are relative to the spec's folder)", Error);

        public static readonly DiagnosticDescriptor UnknownColumn = new(
            "NEV0022", "Unknown column", "Column '{0}' is not in the header of '{1}'{2}", Error);

        public static readonly DiagnosticDescriptor DataHeaderUnavailable = new(
            "NEV0023", "Data header not available", "Data header of '{0}' is not available; column names are not checked",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InternalError = new(
            "NEV0024", "Internal error", "Internal error in the NevSpec language service ({0}); please report it with the spec that caused it", Error);

        // v2: options, indices, derived terms and analyses.

        public static readonly DiagnosticDescriptor InvalidOptionValue = new(
            "NEV0025", "Invalid option value", "'{0}' is not a valid value for '{1}' in {2}; expected {3}", Error);

        public static readonly DiagnosticDescriptor OptionOutOfRange = new(
            "NEV0026", "Value out of range", "'{0}' = {1} in {2} is out of range; expected {3}", Error);

        public static readonly DiagnosticDescriptor TrimmingLeavesNoGrid = new(
            "NEV0027", "Trimming leaves no threshold grid",
            "The trimming of '{0}' leaves no threshold grid: 2 × ({1}) = {2}; expected a total below 1 (lower 'trim' or 'max')", Error);

        public static readonly DiagnosticDescriptor NotNumeric = new(
            "NEV0028", "Column is not numeric", "Column '{0}' of '{1}' holds text; {2} needs a numeric column", Error);

        public static readonly DiagnosticDescriptor TooFewInstruments = new(
            "NEV0029", "Fewer instruments than endogenous regressors",
            "'{0}' has {1} for {2}; expected at least as many excluded instruments as endogenous regressors", Error);

        public static readonly DiagnosticDescriptor NotInModel = new(
            "NEV0030", "Not a regressor of the model",
            "'{0}' is not a regressor or control of model '{1}'; '{2}' expects one of: {3}", Error);

        public static readonly DiagnosticDescriptor AnalysisIsTerminal = new(
            "NEV0031", "Stage after an analysis",
            "'{0}' is {1}, which ends a pipeline; '{2}' cannot follow it (apply '{2}' to the model before the analysis)", Error);

        public static readonly DiagnosticDescriptor IndexOfAnotherSource = new(
            "NEV0032", "Index of another data source",
            "Index '{0}' is built from '{1}', but '{2}' reads '{3}'; expected an index of '{3}'", Error);

        public static readonly DiagnosticDescriptor EmptyList = new(
            "NEV0033", "Empty list", "{0} is empty; expected at least one {1}", Error);

        public static readonly DiagnosticDescriptor InvalidPeriods = new(
            "NEV0034", "Invalid period ranges", "Period range '{0}' in '{1}' {2}; expected at least two disjoint ranges 'from..to' with from <= to", Error);

        // NEV0035-NEV0039 are the generator's (GeneratorDiagnostics). Tables:

        public static readonly DiagnosticDescriptor UnknownTableColumn = new(
            "NEV0040", "Unknown table column", "Column '{0}' of {2} {1}; expected a model or a stepwise analysis defined above{3}", Error);

        public static readonly DiagnosticDescriptor LabelCountMismatch = new(
            "NEV0041", "Label count differs from column count",
            "Table '{0}' has {1} for {2}; expected one label per column (a stepwise analysis gives one column per step)", Error);

        public static readonly DiagnosticDescriptor UnknownTableTerm = new(
            "NEV0042", "Unknown table term", "'{0}' is not a term of any column of table '{1}'; expected one of: {2}", Error);

        public static readonly DiagnosticDescriptor InvalidStarThresholds = new(
            "NEV0043", "Invalid star thresholds",
            "The star thresholds of table '{0}' are invalid: {1}; expected thresholds strictly decreasing in (0, 1), as in [ 0.1; 0.05; 0.01 ]", Error);

        // v3: networks and ERGM.

        public static readonly DiagnosticDescriptor UnknownErgmTerm = new(
            "NEV0044", "Unknown ERGM term",
            "Unknown ERGM term '{0}'; expected edges, nodecov, nodematch, absdiff, edgecov, triangle, kstar, gwesp or gwdegree{1}", Error);

        public static readonly DiagnosticDescriptor DirectedErgmTerm = new(
            "NEV0045", "ERGM term needs a directed network",
            "ERGM term '{0}' needs a directed network; NevSpec's networks are undirected; expected an undirected term such as {1}", Error);

        public static readonly DiagnosticDescriptor InvalidErgmCovariate = new(
            "NEV0046", "Invalid ERGM covariate", "'{0}' in ERGM term '{1}' {2}; expected {3}", Error);

        public static readonly DiagnosticDescriptor ErgmTermNeedsData = new(
            "NEV0047", "ERGM term needs data the network lacks",
            "ERGM term '{0}' needs {1}, but network '{2}' has none; expected {3}", Error);

        public static readonly DiagnosticDescriptor InvalidNetworkPeriods = new(
            "NEV0048", "Invalid network periods",
            "Period '{0}' of '{1}' {2}; expected ranges of whole numbers 'first..last' with first <= last, in increasing order and without overlaps, as in [ 2011..2014; 2015..2017 ]", Error);

        /// <summary>All descriptors in id order.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
        {
            SyntaxError, MissingModule, DuplicateName, UnknownName, ForwardReference, WrongKind, UnknownFunction,
            UnknownPipeStage, WrongArgumentCount, UnknownOption, MissingOption, DuplicateOption, UnknownVcovKind,
            ClusterCount, Cr1WithoutCluster, EmptyRegressorList, RoleConflict, NoDataSource, AmbiguousDataSource,
            NotADataSource, DataFileNotFound, UnknownColumn, DataHeaderUnavailable, InternalError,
            InvalidOptionValue, OptionOutOfRange, TrimmingLeavesNoGrid, NotNumeric, TooFewInstruments, NotInModel,
            AnalysisIsTerminal, IndexOfAnotherSource, EmptyList, InvalidPeriods,
            UnknownTableColumn, LabelCountMismatch, UnknownTableTerm, InvalidStarThresholds,
            UnknownErgmTerm, DirectedErgmTerm, InvalidErgmCovariate, ErgmTermNeedsData, InvalidNetworkPeriods,
        };

        /// <summary>Creates a diagnostic of <paramref name="descriptor"/> at <paramref name="span"/>.</summary>
        public static Diagnostic Create(this DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
            new Diagnostic(descriptor, span, EquatableArray.From(arguments));
    }
}
