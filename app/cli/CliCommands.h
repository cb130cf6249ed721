#pragma once

#include "CliContext.h"

namespace medilock::app::cli {

// Each handler returns the exit code; failures go through CliContext-independent fail().
using CommandResult = Result<void>;

CommandResult commandInit(CliContext& ctx);
CommandResult commandId(CliContext& ctx);
CommandResult commandStats(CliContext& ctx);
CommandResult commandUserAdd(CliContext& ctx);
CommandResult commandUserList(CliContext& ctx);
CommandResult commandUserPasswd(CliContext& ctx);
CommandResult commandUserRotate(CliContext& ctx);
CommandResult commandUserRevoke(CliContext& ctx);
CommandResult commandRekey(CliContext& ctx);
CommandResult commandImportFhir(CliContext& ctx);
CommandResult commandSearch(CliContext& ctx);
CommandResult commandEmergency(CliContext& ctx);
CommandResult commandAccessReport(CliContext& ctx);
CommandResult commandExportFhir(CliContext& ctx);
CommandResult commandVerify(CliContext& ctx);
CommandResult commandBench(CliContext& ctx);
CommandResult commandPeerAdd(CliContext& ctx);
CommandResult commandPeers(CliContext& ctx);
CommandResult commandTrustAdd(CliContext& ctx);
CommandResult commandCard(CliContext& ctx);
CommandResult commandVerifyExport(CliContext& ctx);
CommandResult commandBackup(CliContext& ctx);
CommandResult commandRestore(CliContext& ctx);
CommandResult commandResumeSigning(CliContext& ctx);

} // namespace medilock::app::cli
