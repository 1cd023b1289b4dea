using System.Diagnostics;
using Market.Cluster.Tests.Catalog;
using Market.Cluster.Tests.Cluster;
using Xunit.Abstractions;

namespace Market.Cluster.Tests;

/// <summary>Two silo processes form one cluster, and a grain on one calls a grain on the other.</summary>
public sealed class GrainCallsCrossSilos(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TwoSiloCluster _cluster = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task A_work_registers_through_its_artist_on_the_other_silo()
    {
        var active = await _cluster.ActiveSilosAsync();
        active.Select(silo => silo.Endpoint.Port).Order()
            .ShouldBe(_cluster.Silos.Select(silo => silo.Settings.SiloPort).Order(), _cluster.Describe());

        // A silo that has just joined is placed on only once the others have its grain manifest,
        // which gossip brings a moment after it turns Active: register in rounds until both hold works.
        var clock = Stopwatch.StartNew();
        var works = new List<RegisteredWork>();
        Activations activations;
        do
        {
            works.AddRange(await SampleCatalog.RegisterAsync(_cluster.Client, artists: 8, worksPerArtist: 4));
            activations = await Activations.ReadAsync(_cluster.Client);
        }
        while (works.Select(work => activations.SiloOf(work.Grain)).Distinct().Count() < 2 && clock.Elapsed < TimeSpan.FromSeconds(30));
        var registering = clock.Elapsed;

        works.Select(work => activations.SiloOf(work.Grain)).Distinct().Count()
            .ShouldBe(2, $"placement put every work on one silo.\n{_cluster.Describe()}");
        var crossing = works.Where(work => activations.SiloOf(work.Grain) != activations.SiloOf(work.Artist)).ToList();
        crossing.ShouldNotBeEmpty($"no work landed on another silo than its artist.\n{_cluster.Describe()}");
        foreach (var work in crossing)
        {
            // AddWork ran on the artist's silo, called from the work's silo during Register.
            var artist = await work.Artist.Get();
            artist.ShouldNotBeNull().WorkIds.ShouldContain(work.View.Id, _cluster.Describe());
            (await work.Grain.Get()).ShouldBeTheRegistered(work.View, _cluster.Describe);
        }

        output.WriteLine($"cluster ready in {_cluster.StartupTime.TotalSeconds:F1} s; {works.Count} works registered in " +
            $"{registering.TotalMilliseconds:F0} ms; {crossing.Count} of them live on another silo than their artist");
    }
}
