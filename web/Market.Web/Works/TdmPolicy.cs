using System.Text.Json.Nodes;

namespace Market.Web.Works;

/// <summary>
/// The TDM policy that <c>/.well-known/tdmrep.json</c> points reserved works to: an ODRL 2.2 offer in
/// the TDMRep profile. Mining is offered against compensation, which on Market means training a model
/// registered here that names the works it learned from, so their artists are paid on every sale.
/// Whether a given work may be used for training is its artist's choice, shown on the work's page.
/// </summary>
public static class TdmPolicy
{
    /// <summary>Where the policy is published.</summary>
    public const string Path = "/tdm-policy";

    /// <summary>The policy for this site, its identifiers rooted at <paramref name="origin"/> (scheme and host).</summary>
    public static JsonObject For(string origin) => new()
    {
        ["@context"] = new JsonArray("http://www.w3.org/ns/odrl.jsonld", new JsonObject { ["tdm"] = "http://www.w3.org/ns/tdmrep#" }),
        ["@type"] = "Offer",
        ["uid"] = origin + Path,
        ["profile"] = "http://www.w3.org/ns/tdmrep",
        ["assigner"] = new JsonObject
        {
            ["uid"] = origin,
            ["vcard:fn"] = "Market",
            ["vcard:hasURL"] = origin + "/Operator/Become",   // where a model operator starts licensing
        },
        ["permission"] = new JsonArray(new JsonObject
        {
            ["target"] = origin + "/works",
            ["action"] = "tdm:mine",
            ["duty"] = new JsonArray(new JsonObject { ["action"] = "compensate" }),
        }),
    };
}
