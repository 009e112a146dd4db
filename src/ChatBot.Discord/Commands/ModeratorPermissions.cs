using System.Globalization;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Who may use moderator commands. <c>default_member_permissions</c> only hides a command by default and server admins
/// can override it, so every call is checked again against the member's channel permissions and the configured roles.
/// </summary>
public static class ModeratorPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;

    /// <summary>MANAGE_GUILD as the decimal string Discord expects.</summary>
    public const string DefaultMemberPermissions = "32";

    /// <summary>True for a guild member with Administrator or Manage Server, or with one of <paramref name="moderatorRoleIds"/>.</summary>
    public static bool IsModerator(Interaction interaction, IReadOnlyCollection<string> moderatorRoleIds)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(moderatorRoleIds);
        if (interaction.Member is not { } member)
        {
            return false;
        }

        if (ulong.TryParse(member.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            && (bits & (Administrator | ManageGuild)) != 0)
        {
            return true;
        }

        return member.Roles?.Any(moderatorRoleIds.Contains) == true;
    }
}
