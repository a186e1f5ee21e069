namespace SiteGen.Benchmarks.Corpus;

/// <summary>The words a corpus is made of: sections, tags, and the pieces of titles, headings and sentences.</summary>
public static class Vocabulary
{
    /// <summary>The 8 sections: (folder, title).</summary>
    public static readonly IReadOnlyList<(string Slug, string Title)> Sections =
    [
        ("guides", "Guides"),
        ("tutorials", "Tutorials"),
        ("reference", "Reference"),
        ("architecture", "Architecture"),
        ("operations", "Operations"),
        ("security", "Security"),
        ("storage", "Storage"),
        ("testing", "Testing"),
    ];

    /// <summary>The 30 tags. Lowercase and hyphenated, so SiteGen and Hugo give them the same URL.</summary>
    public static readonly IReadOnlyList<string> Tags =
    [
        "apis", "caching", "ci-cd", "cloud", "concurrency", "containers", "databases", "debugging", "deployment",
        "design-patterns", "distributed-systems", "docker", "git", "go", "graphql", "http", "kubernetes", "linux",
        "logging", "messaging", "monitoring", "networking", "performance", "postgresql", "python", "rest",
        "rust", "scalability", "sql", "typescript",
    ];

    public static readonly IReadOnlyList<string> Adjectives =
    [
        "reliable", "distributed", "stateless", "incremental", "concurrent", "observable", "resilient", "secure",
        "scalable", "idempotent", "asynchronous", "versioned", "cached", "immutable", "declarative", "modular",
        "lightweight", "durable", "consistent", "portable", "typed", "layered", "batched", "streaming",
        "automated", "isolated", "replicated", "sharded", "minimal", "predictable",
    ];

    public static readonly IReadOnlyList<string> Nouns =
    [
        "service", "queue", "cache", "schema", "endpoint", "worker", "pipeline", "cluster", "index", "migration",
        "request", "handler", "container", "deployment", "transaction", "connection pool", "message broker",
        "load balancer", "build", "release", "test suite", "log stream", "metric", "trace", "token", "session",
        "gateway", "replica", "partition", "job scheduler", "feature flag", "config file", "event store",
        "read model", "rate limiter", "health check", "backup", "webhook", "query planner", "dashboard",
    ];

    public static readonly IReadOnlyList<string> Gerunds =
    [
        "Designing", "Scaling", "Testing", "Deploying", "Monitoring", "Debugging", "Securing", "Caching",
        "Versioning", "Migrating", "Profiling", "Tuning", "Documenting", "Observing", "Refactoring",
        "Benchmarking", "Automating", "Partitioning", "Replicating", "Hardening",
    ];

    public static readonly IReadOnlyList<string> HeadingNouns =
    [
        "basics", "trade-offs", "pitfalls", "checklist", "walkthrough", "examples", "limits", "failure modes",
        "metrics", "setup", "rollout", "costs", "internals", "patterns", "alternatives", "defaults",
    ];

    public static readonly IReadOnlyList<string> Verbs =
    [
        "handles", "retries", "validates", "serializes", "throttles", "batches", "routes", "stores", "replays",
        "compresses", "signs", "streams", "indexes", "schedules", "rejects", "buffers", "logs", "measures",
    ];

    public static readonly IReadOnlyList<string> Clauses =
    [
        "the load spikes", "a node restarts", "the network partitions", "a deploy rolls back", "traffic doubles",
        "a dependency times out", "the disk fills up", "a schema changes", "the cache goes cold",
        "a client sends a malformed request", "two writers race", "the queue backs up",
    ];

    public static readonly IReadOnlyList<string> Openers =
    [
        "In practice,", "Most of the time,", "As a rule,", "On a busy day,", "For a small team,",
        "In production,", "During an incident,", "Over time,", "At first,", "With good defaults,",
    ];

    public static readonly IReadOnlyList<string> Languages = ["csharp", "go", "python", "sql", "yaml", "sh"];

    public static readonly IReadOnlyDictionary<string, string[]> CodeLines = new Dictionary<string, string[]>
    {
        ["csharp"] =
        [
            "public sealed class {0}Handler(I{0}Store store)",
            "{",
            "    public async Task<Result> HandleAsync(Request request, CancellationToken ct)",
            "    {",
            "        var item = await store.FindAsync(request.Id, ct);",
            "        if (item is null) return Result.NotFound(request.Id);",
            "        item.Touch(DateTimeOffset.UtcNow);",
            "        await store.SaveAsync(item, ct);",
            "        return Result.Ok(item);",
            "    }",
            "}",
        ],
        ["go"] =
        [
            "func (s *{0}Server) Handle(w http.ResponseWriter, r *http.Request) {",
            "\tctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)",
            "\tdefer cancel()",
            "\titem, err := s.store.Find(ctx, r.PathValue(\"id\"))",
            "\tif err != nil {",
            "\t\thttp.Error(w, err.Error(), http.StatusNotFound)",
            "\t\treturn",
            "\t}",
            "\tjson.NewEncoder(w).Encode(item)",
            "}",
        ],
        ["python"] =
        [
            "class {0}Worker:",
            "    def __init__(self, queue, retries=3):",
            "        self.queue = queue",
            "        self.retries = retries",
            "",
            "    def run(self):",
            "        for message in self.queue.consume():",
            "            if self.handle(message):",
            "                message.ack()",
        ],
        ["sql"] =
        [
            "SELECT o.id, o.created_at, c.name AS customer",
            "FROM orders o",
            "JOIN customers c ON c.id = o.customer_id",
            "WHERE o.status = '{0}'",
            "  AND o.created_at > now() - interval '7 days'",
            "ORDER BY o.created_at DESC",
            "LIMIT 50;",
        ],
        ["yaml"] =
        [
            "service: {0}",
            "replicas: 3",
            "resources:",
            "  limits: { cpu: 500m, memory: 256Mi }",
            "probes:",
            "  readiness: { path: /healthz, period: 10s }",
            "env:",
            "  - { name: LOG_LEVEL, value: info }",
        ],
        ["sh"] =
        [
            "set -euo pipefail",
            "export SERVICE={0}",
            "docker build -t \"$SERVICE:latest\" .",
            "docker run --rm -p 8080:8080 \"$SERVICE:latest\" &",
            "curl --retry 5 --retry-connrefused http://localhost:8080/healthz",
        ],
    };
}
