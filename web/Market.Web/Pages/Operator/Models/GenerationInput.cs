using System.ComponentModel.DataAnnotations;

namespace Market.Web.Pages.Operator.Models;

/// <summary>The register-a-generation form.</summary>
public sealed class GenerationInput
{
    /// <summary>The creator's account (party) id; defaults to the operator's own.</summary>
    [Display(Name = "Creator account id")]
    public string? CreatorAccountId { get; set; }

    /// <summary>Title.</summary>
    public string? Title { get; set; }

    /// <summary>Kind of asset.</summary>
    public string Kind { get; set; } = "image";

    /// <summary>The tier offered.</summary>
    [Display(Name = "License tier")]
    public string Tier { get; set; } = "personal";

    /// <summary>Price in dollars and cents as typed.</summary>
    [Display(Name = "Price (USD)")]
    public string? Price { get; set; }

    /// <summary>Attribution, one <c>workId score</c> per line.</summary>
    [Display(Name = "Attribution (one \"workId score\" per line)")]
    public string? Attribution { get; set; }

    /// <summary>The generated file, optional.</summary>
    [Display(Name = "Generated file (optional)")]
    public IFormFile? File { get; set; }
}
