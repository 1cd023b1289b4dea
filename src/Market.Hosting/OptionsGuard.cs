using System.ComponentModel.DataAnnotations;

namespace Market.Hosting;

/// <summary>Validates options read before the container exists, with a message naming each bad setting.</summary>
public static class OptionsGuard
{
    /// <summary>Throws when <paramref name="options"/> break their data annotations.</summary>
    public static void Validate(object options, string section)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var problems = results.Select(r => $"{section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}");
            throw new InvalidOperationException("Invalid settings: " + string.Join("; ", problems));
        }
    }
}
