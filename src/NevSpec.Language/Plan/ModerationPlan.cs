namespace NevSpec.Language.Plan
{
    /// <summary>
    /// <c>|> moderate VA Innov { centre = true }</c>: adds the moderator (unless already a control) and the product
    /// focal × moderator; simple slopes of the focal regressor at the moderator's mean and mean ± 1 SD.
    /// </summary>
    /// <param name="Focal">A regressor (or control) of the base model.</param>
    /// <param name="Moderator">The moderating variable (derived columns are in <c>Base.Derived</c>).</param>
    /// <param name="Centre">Centre focal and moderator on their estimation-sample means before multiplying (default false).</param>
    public sealed record ModerationPlan(string Name, string? Doc, ModelPlan Base, string Focal, string Moderator, bool Centre)
        : AnalysisPlan(Name, Doc, Base);
}
