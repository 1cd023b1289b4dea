using System.ComponentModel.DataAnnotations;

namespace Market.Web.Pages.Operator.Models;

/// <summary>The register-a-model form: shares as percentages, exact to the ppm.</summary>
public sealed class ModelInput
{
    /// <summary>Model name.</summary>
    public string? Name { get; set; }

    /// <summary>Version label.</summary>
    public string? Version { get; set; }

    /// <summary>Id of the sealed base model, for a fine-tune.</summary>
    [Display(Name = "Base model id (optional)")]
    public string? BaseModelId { get; set; }

    /// <summary>Creator's share, percent.</summary>
    [Display(Name = "Creator %")]
    public string? Creator { get; set; } = "40";

    /// <summary>Model owner's share, percent.</summary>
    [Display(Name = "Owner %")]
    public string? Owner { get; set; } = "30";

    /// <summary>Contributor pool's share, percent.</summary>
    [Display(Name = "Contributor pool %")]
    public string? Pool { get; set; } = "30";

    /// <summary>Base model's share, percent (fine-tunes only).</summary>
    [Display(Name = "Base model %")]
    public string? Base { get; set; } = "0";

    /// <summary>Inclusion floor, percent of the pool.</summary>
    [Display(Name = "Inclusion floor (% of the pool)")]
    public string? InclusionFloor { get; set; } = "50";
}
