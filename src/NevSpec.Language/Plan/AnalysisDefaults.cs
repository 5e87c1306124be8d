namespace NevSpec.Language.Plan
{
    /// <summary>Documented defaults of analysis options, shared by the binder, the docs and the engine.</summary>
    public static class AnalysisDefaults
    {
        /// <summary>The seed of a random step (bootstrap, permutations) whose spec gives none; results record that it was not given.</summary>
        public const ulong Seed = 20180101UL;

        public const int MediationBootstrap = 1000;
        public const double Level = 0.95;
        public const int SplitPermutations = 1000;
        public const int ThresholdMax = 3;
        public const int ThresholdGrid = 400;
        public const int ThresholdBootstrap = 300;
        public const double EntropyShift = 0.0001;
        public const int PcaComponents = 1;
        public const double WinsorizeFraction = 0.01;
        public const int CentralityTop = 10;
        public const int InfomapTrials = 10;
        public const int JenksClasses = 5;
        public const int ErgmSampleSize = 1024;
        public const int ErgmBurnin = 16384;
        public const int ErgmInterval = 1024;
        public const int ErgmIterations = 20;
        public const int ErgmGofSimulations = 100;

        /// <summary>Hansen's trimming per threshold: 1 %, 1 %, 5 %.</summary>
        public static EquatableArray<double> ThresholdTrim { get; } = EquatableArray.From(0.01, 0.01, 0.05);

        /// <summary>Confidence levels of threshold tests: 90, 95 and 99 %.</summary>
        public static EquatableArray<double> ThresholdLevels { get; } = EquatableArray.From(0.90, 0.95, 0.99);
    }
}
