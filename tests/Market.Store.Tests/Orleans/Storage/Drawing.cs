using Orleans;

namespace Market.Store.Tests.Orleans.Storage;

/// <summary>A grain state whose shapes are only known by their base type.</summary>
[GenerateSerializer, Alias("Market.Store.Tests.Drawing")]
public sealed class Drawing
{
    /// <summary>Who drew it.</summary>
    [Id(0)]
    public string Artist { get; set; } = "";

    /// <summary>Shapes of several runtime types.</summary>
    [Id(1)]
    public List<Shape> Shapes { get; set; } = [];
}

/// <summary>The base of the polymorphic shapes.</summary>
[GenerateSerializer, Alias("Market.Store.Tests.Shape")]
public abstract record Shape;

/// <summary>A circle.</summary>
[GenerateSerializer, Immutable, Alias("Market.Store.Tests.Circle")]
public sealed record Circle([property: Id(0)] double Radius) : Shape;

/// <summary>A square.</summary>
[GenerateSerializer, Immutable, Alias("Market.Store.Tests.Square")]
public sealed record Square([property: Id(0)] double Side) : Shape;
