"""CPU by component from a perf profile of a .NET process (infra/benchmarks.md, "Paid orders: where the time goes").

  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 dotnet ... &     # JIT frames get names
  perf record -F 499 -g -p <pid> -o perf.data -- sleep 12
  perf script -i perf.data -F comm,tid,ip,sym,dso > script.txt
  python3 infra/profile/perf_components.py script.txt [cpu-ms-per-order]

Each sample is charged to its thread's role (tiered JIT, the OpenTelemetry exporter), else to the
leaf-most frame of a known assembly: frames of CoreLib, the runtime or unknown code are charged to the
caller that led there. Thread-pool spin-waiting is its own line. With the CPU ms per order of the same
window it also prints ms per order.
"""
import re, sys, collections
RULES = [
 ('JSON (System.Text.Json)', r'\[System\.Text\.Json\]'),
 ('Npgsql', r'\[Npgsql\]'),
 ('Marten/Weasel/JasperFx', r'\[(Marten|Weasel\.[A-Za-z]+|JasperFx[A-Za-z.]*)\]'),
 ('Polly (Marten retries)', r'\[Polly\.Core\]'),
 ('Orleans serialization', r'\[Orleans\.Serialization[A-Za-z.]*\]'),
 ('Orleans runtime/messaging', r'\[Orleans\.[A-Za-z.]+\]'),
 ('Telemetry (OpenTelemetry, Activity, metrics)', r'\[(OpenTelemetry[A-Za-z.]*|System\.Diagnostics\.DiagnosticSource)\]'),
 ('Logging', r'\[Microsoft\.Extensions\.Logging[A-Za-z.]*\]'),
 ('Crypto (ECDSA, HMAC, SHA)', r'\[System\.Security\.Cryptography\]|libcrypto|libssl|CryptoNative'),
 ('Stripe.net (event parse, signature)', r'\[Stripe\.net\]|\[Newtonsoft\.Json\]'),
 ('HttpClient (buyers + sandbox webhook post)', r'\[System\.Net\.Http[A-Za-z.]*\]'),
 ('Kestrel/ASP.NET Core', r'\[Microsoft\.AspNetCore[A-Za-z.]*\]'),
 ('DI/Options/Config', r'\[Microsoft\.Extensions\.(DependencyInjection|Options|Configuration|Primitives)[A-Za-z.]*\]'),
 ('Sockets', r'\[System\.Net\.(Sockets|Primitives)\]|SystemNative_(Send|Recv|Read|Write)'),
 ('Market.Domain (allocation, money)', r'\[Market\.Domain\]'),
 ('Market app code', r'\[Market\.[A-Za-z.]+\]'),
 ('Benchmark harness', r'\[Market\.Benchmarks\]'),
]
RULES = [(n, re.compile(p)) for n, p in RULES]
def samples(path):
    cur = None
    for line in open(path, errors='replace'):
        if not line.strip():
            if cur: yield cur
            cur = None; continue
        if not line.startswith('\t') and not line.startswith(' '):
            cur = [line.strip(), []]; continue
        if line.startswith(' ') and cur is None:
            cur = [line.strip(), []]; continue
        if cur is not None: cur[1].append(line.strip())
    if cur: yield cur
cats = collections.Counter(); market = collections.Counter(); total = 0
for head, frames in samples(sys.argv[1]):
    total += 1
    if 'Tiered Com' in head: cats['JIT (tiered compilation thread)'] += 1; continue
    if 'OpenTelemetry' in head: cats['Telemetry (OpenTelemetry exporter thread)'] += 1; continue
    leaf = frames[0] if frames else ''
    if 'libclrjit' in leaf: cats['JIT (on worker threads)'] += 1; continue
    for f in frames:
        if 'LowLevelLifoSemaphore' in f or 'LowLevelSpinWaiter' in f or 'WaitForSocketEvents' in f or 'epoll' in f:
            cat = 'Idle spin/wait (thread pool)'; break
        hit = next((n for n, r in RULES if r.search(f)), None)
        if hit: cat = hit; break
    else:
        cat = 'kernel' if '[kernel' in leaf or 'kallsyms' in leaf else 'runtime/other (GC, async plumbing, stubs)'
    cats[cat] += 1
    seen = set()
    for f in frames:
        m = re.search(r'\[(Market\.[A-Za-z.]+)\] ([A-Za-z0-9_.`+<>]+)::', f)
        if m:
            k = m.group(1) + ' ' + re.sub(r'\+<(\w+)>d__\d+', r'.\1', m.group(2))
            if k not in seen: seen.add(k); market[k] += 1
ms = float(sys.argv[2]) if len(sys.argv) > 2 else None
print(f'{total} samples')
for c, n in cats.most_common():
    print(f'{100*n/total:5.1f}%  {n:5d}  ' + (f'{ms*n/total:5.2f} ms/order  ' if ms else '') + c)
print('--- Market frames on the stack (inclusive, synchronous part only)')
for c, n in market.most_common(25): print(f'{100*n/total:5.1f}%  {c}')
