// Every test here starts two silo processes; run side by side on a small machine they starve each
// other's failure detectors (probe timeout 1 s) and a healthy silo gets voted dead.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
