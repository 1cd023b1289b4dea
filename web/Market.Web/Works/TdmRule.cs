using System.Text.Json;
using System.Text.Json.Serialization;

namespace Market.Web.Works;

/// <summary>One TDMRep rule: a location pattern, whether mining rights are reserved, and the policy that says how to license them.</summary>
public sealed record TdmRule(
    [property: JsonPropertyName("location")] string Location,
    [property: JsonPropertyName("tdm-reservation")] int Reservation,
    [property: JsonPropertyName("tdm-policy")] string? Policy)
{
    /// <summary>Leaves out a missing policy, as TDMRep expects.</summary>
    public static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}
