using System.ComponentModel.DataAnnotations;
using Market.Domain.Catalog;

namespace Market.Web.Pages.Works;

/// <summary>The upload form's fields.</summary>
public sealed class UploadInput
{
    /// <summary>Title.</summary>
    public string? Title { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Kind of asset.</summary>
    public string Kind { get; set; } = "image";

    /// <summary>Comma-separated tags.</summary>
    public string? Tags { get; set; }

    /// <summary>Price per tier in dollars and cents as typed.</summary>
    public Dictionary<string, string?> Prices { get; set; } = [];

    /// <summary>Consent for generative training.</summary>
    [Display(Name = "Generative AI training")]
    public string GenerativeTraining { get; set; } = Consent.NotAllowed;

    /// <summary>Consent for non-generative training.</summary>
    public string NonGenerativeTraining { get; set; } = Consent.NotAllowed;

    /// <summary>Consent for data mining.</summary>
    public string DataMining { get; set; } = Consent.NotAllowed;

    /// <summary>The original file.</summary>
    public IFormFile? File { get; set; }
}
