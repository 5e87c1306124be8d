namespace NevSpec.Engine.Networks;

/// <summary>A period that an analysis cannot handle (no links, a degenerate graph); the message names the period.</summary>
internal sealed class NetworkPeriodException(string message) : Exception(message);
