namespace NevSpec.Generators
{
    /// <summary>Names of the pipeline steps, so that tests can assert each one is cached on a re-run.</summary>
    internal static class TrackingNames
    {
        public const string SpecFiles = nameof(SpecFiles);
        public const string DataHeaders = nameof(DataHeaders);
        public const string AllDataHeaders = nameof(AllDataHeaders);
        public const string Options = nameof(Options);
        public const string SpecModels = nameof(SpecModels);
        public const string ClassNames = nameof(ClassNames);
        public const string ModuleFacts = nameof(ModuleFacts);

        /// <summary>All tracked steps, for the incremental tests.</summary>
        public static readonly string[] All = { SpecFiles, DataHeaders, AllDataHeaders, Options, SpecModels, ClassNames, ModuleFacts };
    }
}
