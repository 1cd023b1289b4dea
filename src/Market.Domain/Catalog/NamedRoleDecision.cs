namespace Market.Domain.Catalog;

/// <summary>Why an answer to a named role was refused.</summary>
public enum NamedRoleRefusal
{
    /// <summary>The person answering is not named on the work (nobody answers for someone else).</summary>
    NotNamed,

    /// <summary>They already gave the other answer; answers are final.</summary>
    AlreadyAnswered,
}

/// <summary>The outcome of <see cref="NamedRoles.Answer"/>: the named people afterwards, or a refusal with its reason.</summary>
/// <param name="Named">Everyone named, with the answer applied; null when refused.</param>
/// <param name="Refusal">Why it was refused; null when accepted.</param>
/// <param name="Message">The refusal in words.</param>
public sealed record NamedRoleDecision(IReadOnlyList<NamedRole>? Named, NamedRoleRefusal? Refusal, string? Message)
{
    /// <summary>A refusal.</summary>
    public static NamedRoleDecision Refused(NamedRoleRefusal why, string message) => new(null, why, message);
}
