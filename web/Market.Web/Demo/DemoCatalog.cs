namespace Market.Web.Demo;

/// <summary>The demo artists and works: fixed ids, so seeding twice changes nothing.</summary>
public static class DemoCatalog
{
    /// <summary>A demo artist.</summary>
    public sealed record Artist(string Id, string Name, string Email);

    /// <summary>A demo work and the pattern its picture is drawn with.</summary>
    public sealed record Work(string Id, string ArtistId, string Title, string Kind, string Description, string[] Tags, long PriceMinor, int Pattern);

    /// <summary>The artists.</summary>
    public static readonly Artist[] Artists =
    [
        new("p_demo_ines", "Inès Moreau", "ines@demo.market"),
        new("p_demo_kofi", "Kofi Mensah", "kofi@demo.market"),
        new("p_demo_yuki", "Yuki Tanaka", "yuki@demo.market"),
    ];

    /// <summary>The works, a dozen across the three artists.</summary>
    public static readonly Work[] Works =
    [
        new("w_demo_01", "p_demo_ines", "Red Dunes", "photo", "Late light over the Erg Chebbi dunes, long shadows.", ["desert", "dunes", "landscape"], 2000, 0),
        new("w_demo_02", "p_demo_ines", "Harbour at Dawn", "photo", "Fishing boats waiting for the tide in pale blue light.", ["sea", "harbour", "morning"], 1500, 1),
        new("w_demo_03", "p_demo_ines", "Salt Flats", "photo", "White crust and a flat horizon, almost abstract.", ["minimal", "landscape"], 1800, 2),
        new("w_demo_04", "p_demo_ines", "Night Market", "photo", "Lanterns and steam from the food stalls.", ["city", "night", "street"], 2500, 3),
        new("w_demo_05", "p_demo_kofi", "Kente Geometry", "illustration", "Woven patterns redrawn as a vector-style grid.", ["pattern", "textile", "geometric"], 1200, 4),
        new("w_demo_06", "p_demo_kofi", "Concentric", "illustration", "Rings of colour radiating from an off-centre point.", ["abstract", "circles"], 900, 5),
        new("w_demo_07", "p_demo_kofi", "Rain Study", "illustration", "Diagonal strokes of rain over a city at dusk.", ["rain", "city", "abstract"], 1100, 6),
        new("w_demo_08", "p_demo_kofi", "Savanna Noon", "image", "Heat haze and ochre grass under a white sky.", ["savanna", "landscape", "warm"], 1600, 7),
        new("w_demo_09", "p_demo_yuki", "Ink Waves", "illustration", "Sumi-e inspired waves in deep indigo.", ["waves", "ink", "japanese"], 1400, 8),
        new("w_demo_10", "p_demo_yuki", "Moss Garden", "photo", "Kyoto moss garden after rain, green on green.", ["garden", "green", "calm"], 2200, 9),
        new("w_demo_11", "p_demo_yuki", "Neon Alley", "image", "Signs reflected in a wet alley in Shinjuku.", ["city", "neon", "night"], 3000, 10),
        new("w_demo_12", "p_demo_yuki", "Paper Cranes", "illustration", "A flock of folded cranes against a gradient sky.", ["origami", "birds"], 800, 11),
    ];
}
