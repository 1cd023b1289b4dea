using System.Net.Mail;

namespace Market.Domain.Parties;

/// <summary>Checks on a new account, keyed by the API's field names.</summary>
public static class PartyRules
{
    /// <summary>Every problem with a new account; empty when it is valid.</summary>
    public static Dictionary<string, string[]> Validate(string? displayName, string? email, IReadOnlyList<string>? roles)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(displayName)) errors.Add("displayName", "A display name is required.");
        else if (displayName.Length > 100) errors.Add("displayName", "The display name is longer than 100 characters.");
        if (string.IsNullOrWhiteSpace(email) || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email.Trim())
            errors.Add("email", "A valid email address is required.");
        if (roles is null || roles.Count == 0) errors.Add("roles", $"At least one role is required: {string.Join(", ", Roles.SelfService)}.");
        for (var i = 0; i < (roles?.Count ?? 0); i++)
        {
            if (!Roles.SelfService.Contains(roles![i])) errors.Add($"roles[{i}]", $"Unknown role '{roles[i]}': use {string.Join(", ", Roles.SelfService)}.");
        }

        return errors.ToDictionary();
    }
}
