using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Tests.AccessControl.Rights;

public class RightsEnumValueTests
{
    [Fact]
    public void Standard_rights_have_the_winnt_values()
    {
        // winnt.h; MS-DTYP 2.4.3 ACCESS_MASK.
        Assert.Equal(0x0001_0000u, (uint)StandardRights.DELETE);
        Assert.Equal(0x0002_0000u, (uint)StandardRights.READ_CONTROL);
        Assert.Equal(0x0004_0000u, (uint)StandardRights.WRITE_DAC);
        Assert.Equal(0x0008_0000u, (uint)StandardRights.WRITE_OWNER);
        Assert.Equal(0x0010_0000u, (uint)StandardRights.SYNCHRONIZE);
        Assert.Equal(0x000F_0000u, (uint)StandardRights.STANDARD_RIGHTS_REQUIRED);
        Assert.Equal(0x0002_0000u, (uint)StandardRights.STANDARD_RIGHTS_READ);
        Assert.Equal(0x0002_0000u, (uint)StandardRights.STANDARD_RIGHTS_WRITE);
        Assert.Equal(0x0002_0000u, (uint)StandardRights.STANDARD_RIGHTS_EXECUTE);
        Assert.Equal(0x001F_0000u, (uint)StandardRights.STANDARD_RIGHTS_ALL);
        Assert.Equal(0x0000_FFFFu, (uint)StandardRights.SPECIFIC_RIGHTS_ALL);
        Assert.Equal(0x0100_0000u, (uint)StandardRights.ACCESS_SYSTEM_SECURITY);
        Assert.Equal(0x0200_0000u, (uint)StandardRights.MAXIMUM_ALLOWED);
        Assert.Equal(0x1000_0000u, (uint)StandardRights.GENERIC_ALL);
        Assert.Equal(0x2000_0000u, (uint)StandardRights.GENERIC_EXECUTE);
        Assert.Equal(0x4000_0000u, (uint)StandardRights.GENERIC_WRITE);
        Assert.Equal(0x8000_0000u, (uint)StandardRights.GENERIC_READ);
    }

    [Fact]
    public void Standard_rights_agree_with_the_AccessMask_constants()
    {
        Assert.Equal(AccessMask.Delete, (uint)StandardRights.DELETE);
        Assert.Equal(AccessMask.StandardRightsAll, (uint)StandardRights.STANDARD_RIGHTS_ALL);
        Assert.Equal(AccessMask.MaximumAllowed, (uint)StandardRights.MAXIMUM_ALLOWED);
        Assert.Equal(AccessMask.GenericRead, (uint)StandardRights.GENERIC_READ);
    }

    [Fact]
    public void Token_rights_have_the_winnt_values()
    {
        // winnt.h; "Access Rights for Access-Token Objects".
        Assert.Equal(0x0001u, (uint)TokenAccessRights.TOKEN_ASSIGN_PRIMARY);
        Assert.Equal(0x0002u, (uint)TokenAccessRights.TOKEN_DUPLICATE);
        Assert.Equal(0x0004u, (uint)TokenAccessRights.TOKEN_IMPERSONATE);
        Assert.Equal(0x0008u, (uint)TokenAccessRights.TOKEN_QUERY);
        Assert.Equal(0x0010u, (uint)TokenAccessRights.TOKEN_QUERY_SOURCE);
        Assert.Equal(0x0020u, (uint)TokenAccessRights.TOKEN_ADJUST_PRIVILEGES);
        Assert.Equal(0x0040u, (uint)TokenAccessRights.TOKEN_ADJUST_GROUPS);
        Assert.Equal(0x0080u, (uint)TokenAccessRights.TOKEN_ADJUST_DEFAULT);
        Assert.Equal(0x0100u, (uint)TokenAccessRights.TOKEN_ADJUST_SESSIONID);
        Assert.Equal(0x000F_01FFu, (uint)TokenAccessRights.TOKEN_ALL_ACCESS);
        Assert.Equal(0x0002_0008u, (uint)TokenAccessRights.TOKEN_READ);
        Assert.Equal(0x0002_00E0u, (uint)TokenAccessRights.TOKEN_WRITE);
        Assert.Equal(0x0002_0000u, (uint)TokenAccessRights.TOKEN_EXECUTE);
    }

    [Fact]
    public void Process_rights_have_the_winnt_values()
    {
        // winnt.h; "Process Security and Access Rights".
        Assert.Equal(0x0001u, (uint)ProcessAccessRights.PROCESS_TERMINATE);
        Assert.Equal(0x0002u, (uint)ProcessAccessRights.PROCESS_CREATE_THREAD);
        Assert.Equal(0x0004u, (uint)ProcessAccessRights.PROCESS_SET_SESSIONID);
        Assert.Equal(0x0008u, (uint)ProcessAccessRights.PROCESS_VM_OPERATION);
        Assert.Equal(0x0010u, (uint)ProcessAccessRights.PROCESS_VM_READ);
        Assert.Equal(0x0020u, (uint)ProcessAccessRights.PROCESS_VM_WRITE);
        Assert.Equal(0x0040u, (uint)ProcessAccessRights.PROCESS_DUP_HANDLE);
        Assert.Equal(0x0080u, (uint)ProcessAccessRights.PROCESS_CREATE_PROCESS);
        Assert.Equal(0x0100u, (uint)ProcessAccessRights.PROCESS_SET_QUOTA);
        Assert.Equal(0x0200u, (uint)ProcessAccessRights.PROCESS_SET_INFORMATION);
        Assert.Equal(0x0400u, (uint)ProcessAccessRights.PROCESS_QUERY_INFORMATION);
        Assert.Equal(0x0800u, (uint)ProcessAccessRights.PROCESS_SUSPEND_RESUME);
        Assert.Equal(0x1000u, (uint)ProcessAccessRights.PROCESS_QUERY_LIMITED_INFORMATION);
        Assert.Equal(0x2000u, (uint)ProcessAccessRights.PROCESS_SET_LIMITED_INFORMATION);
        Assert.Equal(0x001F_FFFFu, (uint)ProcessAccessRights.PROCESS_ALL_ACCESS);
    }

    [Fact]
    public void Thread_rights_have_the_winnt_values()
    {
        // winnt.h ("Thread Security and Access Rights"); THREAD_ALERT from wdm.h.
        Assert.Equal(0x0001u, (uint)ThreadAccessRights.THREAD_TERMINATE);
        Assert.Equal(0x0002u, (uint)ThreadAccessRights.THREAD_SUSPEND_RESUME);
        Assert.Equal(0x0004u, (uint)ThreadAccessRights.THREAD_ALERT);
        Assert.Equal(0x0008u, (uint)ThreadAccessRights.THREAD_GET_CONTEXT);
        Assert.Equal(0x0010u, (uint)ThreadAccessRights.THREAD_SET_CONTEXT);
        Assert.Equal(0x0020u, (uint)ThreadAccessRights.THREAD_SET_INFORMATION);
        Assert.Equal(0x0040u, (uint)ThreadAccessRights.THREAD_QUERY_INFORMATION);
        Assert.Equal(0x0080u, (uint)ThreadAccessRights.THREAD_SET_THREAD_TOKEN);
        Assert.Equal(0x0100u, (uint)ThreadAccessRights.THREAD_IMPERSONATE);
        Assert.Equal(0x0200u, (uint)ThreadAccessRights.THREAD_DIRECT_IMPERSONATION);
        Assert.Equal(0x0400u, (uint)ThreadAccessRights.THREAD_SET_LIMITED_INFORMATION);
        Assert.Equal(0x0800u, (uint)ThreadAccessRights.THREAD_QUERY_LIMITED_INFORMATION);
        Assert.Equal(0x1000u, (uint)ThreadAccessRights.THREAD_RESUME);
        Assert.Equal(0x001F_FFFFu, (uint)ThreadAccessRights.THREAD_ALL_ACCESS);
    }

    [Fact]
    public void File_rights_have_the_winnt_values()
    {
        // winnt.h; "File Security and Access Rights" / "File Access Rights Constants".
        Assert.Equal(0x0001u, (uint)FileAccessRights.FILE_READ_DATA);
        Assert.Equal(0x0001u, (uint)FileAccessRights.FILE_LIST_DIRECTORY);
        Assert.Equal(0x0002u, (uint)FileAccessRights.FILE_WRITE_DATA);
        Assert.Equal(0x0002u, (uint)FileAccessRights.FILE_ADD_FILE);
        Assert.Equal(0x0004u, (uint)FileAccessRights.FILE_APPEND_DATA);
        Assert.Equal(0x0004u, (uint)FileAccessRights.FILE_ADD_SUBDIRECTORY);
        Assert.Equal(0x0004u, (uint)FileAccessRights.FILE_CREATE_PIPE_INSTANCE);
        Assert.Equal(0x0008u, (uint)FileAccessRights.FILE_READ_EA);
        Assert.Equal(0x0010u, (uint)FileAccessRights.FILE_WRITE_EA);
        Assert.Equal(0x0020u, (uint)FileAccessRights.FILE_EXECUTE);
        Assert.Equal(0x0020u, (uint)FileAccessRights.FILE_TRAVERSE);
        Assert.Equal(0x0040u, (uint)FileAccessRights.FILE_DELETE_CHILD);
        Assert.Equal(0x0080u, (uint)FileAccessRights.FILE_READ_ATTRIBUTES);
        Assert.Equal(0x0100u, (uint)FileAccessRights.FILE_WRITE_ATTRIBUTES);
        Assert.Equal(0x001F_01FFu, (uint)FileAccessRights.FILE_ALL_ACCESS);
        Assert.Equal(0x0012_0089u, (uint)FileAccessRights.FILE_GENERIC_READ);
        Assert.Equal(0x0012_0116u, (uint)FileAccessRights.FILE_GENERIC_WRITE);
        Assert.Equal(0x0012_00A0u, (uint)FileAccessRights.FILE_GENERIC_EXECUTE);
    }

    [Fact]
    public void File_generic_composites_are_the_sums_winnt_defines()
    {
        // winnt.h: FILE_GENERIC_READ = STANDARD_RIGHTS_READ|FILE_READ_DATA|FILE_READ_ATTRIBUTES|FILE_READ_EA|SYNCHRONIZE, etc.
        const uint sync = (uint)StandardRights.SYNCHRONIZE;
        const uint rc = (uint)StandardRights.READ_CONTROL;
        Assert.Equal(rc | sync | 0x01u | 0x80u | 0x08u, (uint)FileAccessRights.FILE_GENERIC_READ);
        Assert.Equal(rc | sync | 0x02u | 0x100u | 0x10u | 0x04u, (uint)FileAccessRights.FILE_GENERIC_WRITE);
        Assert.Equal(rc | sync | 0x80u | 0x20u, (uint)FileAccessRights.FILE_GENERIC_EXECUTE);
        Assert.Equal(0x000F_0000u | sync | 0x1FFu, (uint)FileAccessRights.FILE_ALL_ACCESS);
    }

    [Fact]
    public void Directory_and_pipe_rights_are_the_file_bits()
    {
        // winnt.h lists the directory and pipe names beside the file names with the same values.
        Assert.Equal(0x0001u, (uint)DirectoryAccessRights.FILE_LIST_DIRECTORY);
        Assert.Equal(0x0002u, (uint)DirectoryAccessRights.FILE_ADD_FILE);
        Assert.Equal(0x0004u, (uint)DirectoryAccessRights.FILE_ADD_SUBDIRECTORY);
        Assert.Equal(0x0020u, (uint)DirectoryAccessRights.FILE_TRAVERSE);
        Assert.Equal(0x0040u, (uint)DirectoryAccessRights.FILE_DELETE_CHILD);
        Assert.Equal(0x001F_01FFu, (uint)DirectoryAccessRights.FILE_ALL_ACCESS);
        Assert.Equal(0x0004u, (uint)NamedPipeAccessRights.FILE_CREATE_PIPE_INSTANCE);
        Assert.Equal(0x0004u, (uint)NamedPipeAccessRights.FILE_APPEND_DATA);
        Assert.Equal(0x0012_0116u, (uint)NamedPipeAccessRights.FILE_GENERIC_WRITE);
    }

    [Fact]
    public void Key_rights_have_the_winnt_values()
    {
        // winnt.h; "Registry Key Security and Access Rights".
        Assert.Equal(0x0001u, (uint)KeyAccessRights.KEY_QUERY_VALUE);
        Assert.Equal(0x0002u, (uint)KeyAccessRights.KEY_SET_VALUE);
        Assert.Equal(0x0004u, (uint)KeyAccessRights.KEY_CREATE_SUB_KEY);
        Assert.Equal(0x0008u, (uint)KeyAccessRights.KEY_ENUMERATE_SUB_KEYS);
        Assert.Equal(0x0010u, (uint)KeyAccessRights.KEY_NOTIFY);
        Assert.Equal(0x0020u, (uint)KeyAccessRights.KEY_CREATE_LINK);
        Assert.Equal(0x0100u, (uint)KeyAccessRights.KEY_WOW64_64KEY);
        Assert.Equal(0x0200u, (uint)KeyAccessRights.KEY_WOW64_32KEY);
        Assert.Equal(0x0300u, (uint)KeyAccessRights.KEY_WOW64_RES);
        Assert.Equal(0x0002_0019u, (uint)KeyAccessRights.KEY_READ);
        Assert.Equal(0x0002_0006u, (uint)KeyAccessRights.KEY_WRITE);
        Assert.Equal(0x0002_0019u, (uint)KeyAccessRights.KEY_EXECUTE);
        Assert.Equal(0x000F_003Fu, (uint)KeyAccessRights.KEY_ALL_ACCESS);
    }

    [Fact]
    public void Synchronization_object_rights_have_the_sdk_values()
    {
        // winnt.h / wdm.h; "Synchronization Object Security and Access Rights".
        Assert.Equal(0x0001u, (uint)EventAccessRights.EVENT_QUERY_STATE);
        Assert.Equal(0x0002u, (uint)EventAccessRights.EVENT_MODIFY_STATE);
        Assert.Equal(0x001F_0003u, (uint)EventAccessRights.EVENT_ALL_ACCESS);
        Assert.Equal(0x0001u, (uint)MutantAccessRights.MUTANT_QUERY_STATE);
        Assert.Equal(0x001F_0001u, (uint)MutantAccessRights.MUTANT_ALL_ACCESS);
        Assert.Equal(0x0001u, (uint)MutantAccessRights.MUTEX_MODIFY_STATE);
        Assert.Equal(0x001F_0001u, (uint)MutantAccessRights.MUTEX_ALL_ACCESS);
        Assert.Equal(0x0001u, (uint)SemaphoreAccessRights.SEMAPHORE_QUERY_STATE);
        Assert.Equal(0x0002u, (uint)SemaphoreAccessRights.SEMAPHORE_MODIFY_STATE);
        Assert.Equal(0x001F_0003u, (uint)SemaphoreAccessRights.SEMAPHORE_ALL_ACCESS);
    }

    [Fact]
    public void Section_rights_have_the_winnt_values()
    {
        // winnt.h; "File Mapping Security and Access Rights" (FILE_MAP_* in memoryapi.h).
        Assert.Equal(0x0001u, (uint)SectionAccessRights.SECTION_QUERY);
        Assert.Equal(0x0002u, (uint)SectionAccessRights.SECTION_MAP_WRITE);
        Assert.Equal(0x0004u, (uint)SectionAccessRights.SECTION_MAP_READ);
        Assert.Equal(0x0008u, (uint)SectionAccessRights.SECTION_MAP_EXECUTE);
        Assert.Equal(0x0010u, (uint)SectionAccessRights.SECTION_EXTEND_SIZE);
        Assert.Equal(0x0020u, (uint)SectionAccessRights.SECTION_MAP_EXECUTE_EXPLICIT);
        Assert.Equal(0x000F_001Fu, (uint)SectionAccessRights.SECTION_ALL_ACCESS);
        Assert.Equal(0x0001u, (uint)SectionAccessRights.FILE_MAP_COPY);
        Assert.Equal(0x0002u, (uint)SectionAccessRights.FILE_MAP_WRITE);
        Assert.Equal(0x0004u, (uint)SectionAccessRights.FILE_MAP_READ);
        Assert.Equal(0x0020u, (uint)SectionAccessRights.FILE_MAP_EXECUTE);
        Assert.Equal(0x000F_001Fu, (uint)SectionAccessRights.FILE_MAP_ALL_ACCESS);
    }

    [Fact]
    public void Service_rights_have_the_winsvc_values()
    {
        // winsvc.h; "Service Security and Access Rights".
        Assert.Equal(0x0001u, (uint)ServiceAccessRights.SERVICE_QUERY_CONFIG);
        Assert.Equal(0x0002u, (uint)ServiceAccessRights.SERVICE_CHANGE_CONFIG);
        Assert.Equal(0x0004u, (uint)ServiceAccessRights.SERVICE_QUERY_STATUS);
        Assert.Equal(0x0008u, (uint)ServiceAccessRights.SERVICE_ENUMERATE_DEPENDENTS);
        Assert.Equal(0x0010u, (uint)ServiceAccessRights.SERVICE_START);
        Assert.Equal(0x0020u, (uint)ServiceAccessRights.SERVICE_STOP);
        Assert.Equal(0x0040u, (uint)ServiceAccessRights.SERVICE_PAUSE_CONTINUE);
        Assert.Equal(0x0080u, (uint)ServiceAccessRights.SERVICE_INTERROGATE);
        Assert.Equal(0x0100u, (uint)ServiceAccessRights.SERVICE_USER_DEFINED_CONTROL);
        Assert.Equal(0x000F_01FFu, (uint)ServiceAccessRights.SERVICE_ALL_ACCESS);
    }

    [Fact]
    public void Desktop_and_window_station_rights_have_the_winuser_values()
    {
        // winuser.h; "Desktop Security and Access Rights", "Window Station Security and Access Rights".
        Assert.Equal(0x0001u, (uint)DesktopAccessRights.DESKTOP_READOBJECTS);
        Assert.Equal(0x0002u, (uint)DesktopAccessRights.DESKTOP_CREATEWINDOW);
        Assert.Equal(0x0004u, (uint)DesktopAccessRights.DESKTOP_CREATEMENU);
        Assert.Equal(0x0008u, (uint)DesktopAccessRights.DESKTOP_HOOKCONTROL);
        Assert.Equal(0x0010u, (uint)DesktopAccessRights.DESKTOP_JOURNALRECORD);
        Assert.Equal(0x0020u, (uint)DesktopAccessRights.DESKTOP_JOURNALPLAYBACK);
        Assert.Equal(0x0040u, (uint)DesktopAccessRights.DESKTOP_ENUMERATE);
        Assert.Equal(0x0080u, (uint)DesktopAccessRights.DESKTOP_WRITEOBJECTS);
        Assert.Equal(0x0100u, (uint)DesktopAccessRights.DESKTOP_SWITCHDESKTOP);
        Assert.Equal(0x0001u, (uint)WindowStationAccessRights.WINSTA_ENUMDESKTOPS);
        Assert.Equal(0x0002u, (uint)WindowStationAccessRights.WINSTA_READATTRIBUTES);
        Assert.Equal(0x0004u, (uint)WindowStationAccessRights.WINSTA_ACCESSCLIPBOARD);
        Assert.Equal(0x0008u, (uint)WindowStationAccessRights.WINSTA_CREATEDESKTOP);
        Assert.Equal(0x0010u, (uint)WindowStationAccessRights.WINSTA_WRITEATTRIBUTES);
        Assert.Equal(0x0020u, (uint)WindowStationAccessRights.WINSTA_ACCESSGLOBALATOMS);
        Assert.Equal(0x0040u, (uint)WindowStationAccessRights.WINSTA_EXITWINDOWS);
        Assert.Equal(0x0100u, (uint)WindowStationAccessRights.WINSTA_ENUMERATE);
        Assert.Equal(0x0200u, (uint)WindowStationAccessRights.WINSTA_READSCREEN);
        Assert.Equal(0x037Fu, (uint)WindowStationAccessRights.WINSTA_ALL_ACCESS);
    }

    [Fact]
    public void Directory_service_rights_have_the_adts_values()
    {
        // MS-ADTS 5.1.3.2; iads.h ADS_RIGHTS_ENUM; ntdsapi.h ACTRL_DS_* and DS_GENERIC_*.
        Assert.Equal(0x0001u, (uint)DirectoryServiceAccessRights.ADS_RIGHT_DS_CREATE_CHILD);
        Assert.Equal(0x0002u, (uint)DirectoryServiceAccessRights.ADS_RIGHT_DS_DELETE_CHILD);
        Assert.Equal(0x0004u, (uint)DirectoryServiceAccessRights.ADS_RIGHT_ACTRL_DS_LIST);
        Assert.Equal(0x0008u, (uint)DirectoryServiceAccessRights.ADS_RIGHT_DS_SELF);
        Assert.Equal(0x0010u, (uint)DirectoryServiceAccessRights.ADS_RIGHT_DS_READ_PROP);
        Assert.Equal(0x0020u, (uint)DirectoryServiceAccessRights.ADS_RIGHT_DS_WRITE_PROP);
        Assert.Equal(0x0040u, (uint)DirectoryServiceAccessRights.ADS_RIGHT_DS_DELETE_TREE);
        Assert.Equal(0x0080u, (uint)DirectoryServiceAccessRights.ADS_RIGHT_DS_LIST_OBJECT);
        Assert.Equal(0x0100u, (uint)DirectoryServiceAccessRights.ADS_RIGHT_DS_CONTROL_ACCESS);
        Assert.Equal(0x0004u, (uint)DirectoryServiceAccessRights.RIGHT_DS_LIST_CONTENTS);
        Assert.Equal(0x0008u, (uint)DirectoryServiceAccessRights.RIGHT_DS_WRITE_PROPERTY_EXTENDED);
        Assert.Equal(0x0004u, (uint)DirectoryServiceAccessRights.ACTRL_DS_LIST);
        Assert.Equal(0x0002_0094u, (uint)DirectoryServiceAccessRights.DS_GENERIC_READ);
        Assert.Equal(0x0002_0028u, (uint)DirectoryServiceAccessRights.DS_GENERIC_WRITE);
        Assert.Equal(0x0002_0004u, (uint)DirectoryServiceAccessRights.DS_GENERIC_EXECUTE);
        Assert.Equal(0x000F_01FFu, (uint)DirectoryServiceAccessRights.DS_GENERIC_ALL);
    }

    [Fact]
    public void Mandatory_label_policy_has_the_winnt_values()
    {
        // winnt.h SYSTEM_MANDATORY_LABEL_*; MS-DTYP 2.4.4.13.
        Assert.Equal(1u, (uint)MandatoryLabelPolicy.SYSTEM_MANDATORY_LABEL_NO_WRITE_UP);
        Assert.Equal(2u, (uint)MandatoryLabelPolicy.SYSTEM_MANDATORY_LABEL_NO_READ_UP);
        Assert.Equal(4u, (uint)MandatoryLabelPolicy.SYSTEM_MANDATORY_LABEL_NO_EXECUTE_UP);
        Assert.Equal(7u, (uint)MandatoryLabelPolicy.SYSTEM_MANDATORY_LABEL_VALID_MASK);
    }
}
