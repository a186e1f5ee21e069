namespace SiteGen.Tests.Guide;

/// <summary>The guide's roles and skills as the editorial brief names them (shared/guide-brief.md).</summary>
public static class GuideFacts
{
    public static readonly string[] RoleSlugs =
    [
        "backend-developer",
        "full-stack-developer",
        "software-engineer-backend",
        "api-developer",
        "cloud-backend-developer",
        "database-engineer",
        "devops-engineer",
    ];

    public static readonly string[] SkillSlugs =
    [
        "python", "javascript", "java", "ruby", "php",
        "express", "django", "flask", "spring-boot", "laravel",
        "mysql", "postgresql", "mongodb", "redis",
        "git",
        "rest", "graphql",
        "security",
        "aws", "azure", "google-cloud",
    ];

    public static string RolePath(string slug) => $"/roles/{slug}/";

    public static string SkillPath(string slug) => $"/skills/{slug}/";

    public static bool IsRolePage(string sitePath) => IsChildOf(sitePath, "/roles/");

    public static bool IsSkillPage(string sitePath) => IsChildOf(sitePath, "/skills/");

    private static bool IsChildOf(string sitePath, string section) =>
        sitePath.StartsWith(section, StringComparison.Ordinal) && sitePath.Length > section.Length;
}
