using System.Reflection;

namespace Market.Cluster.Tests.Processes;

/// <summary>Where the build put <c>Market.Silo.dll</c>, and the <c>dotnet</c> host to run it with.</summary>
public static class SiloBinary
{
    /// <summary>
    /// The silo built in the same configuration (Debug, Release) and for the same framework as this
    /// test assembly: the project reference builds it alongside, never anything older or newer.
    /// </summary>
    public static string Path { get; } = Locate();

    /// <summary>The <c>dotnet</c> executable running these tests when the SDK says so, else the one on PATH.</summary>
    public static string DotnetHost { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string Locate()
    {
        var configuration = typeof(SiloBinary).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
            ?? throw new InvalidOperationException("The test assembly does not say which configuration built it.");
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = output.Name;
        var root = output;
        while (root is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "Market.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No Market.sln above {output.FullName}: cannot find the repository root.");
        }

        var path = System.IO.Path.Combine(root.FullName, "silos", "Market.Silo", "bin", configuration, framework, "Market.Silo.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"The silo is not built at {path}. Build this test project with -c {configuration}: it builds the silo first.", path);
    }
}
