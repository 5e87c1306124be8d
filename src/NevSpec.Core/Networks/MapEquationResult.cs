namespace NevSpec.Core.Networks;

/// <summary>
/// Two-level map-equation codelength of one partition, in bits, split into the index (module-switching) part and
/// the module part, together with the one-level codelength of the same network.
/// </summary>
/// <remarks>
/// L(M) = <see cref="IndexCodelength"/> + <see cref="ModuleCodelength"/> with
/// index = plogp(Σ_i q_i) − Σ_i plogp(q_i) and module = Σ_i plogp(q_i + P_i) − Σ_i plogp(q_i) − Σ_α plogp(p_α),
/// plogp(x) = x·log₂x. Rosvall and Bergstrom (2008), "Maps of random walks on complex networks reveal community
/// structure", PNAS 105(4), 1118–1123, eq. (1)/(4); split as printed by the official Infomap.
/// </remarks>
/// <param name="Codelength">L(M) in bits.</param>
/// <param name="IndexCodelength">Entropy part for switching between modules, q↷·H(Q).</param>
/// <param name="ModuleCodelength">Σ_i p↻_i·H(P_i).</param>
/// <param name="OneLevelCodelength">Codelength with every node in one module, H(p) = −Σ_α plogp(p_α).</param>
/// <param name="ModuleCount">Number of non-empty modules.</param>
public sealed record MapEquationResult(
    double Codelength, double IndexCodelength, double ModuleCodelength, double OneLevelCodelength, int ModuleCount);
