/* opv-core.h: everything app/core offers, for app/ui, app/cli and tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-backup.h"
#include "opv-code.h"
#include "opv-compare.h"
#include "opv-dossier.h"
#include "opv-entry.h"
#include "opv-enums.h"
#include "opv-exchange.h"
#include "opv-export.h"
#include "opv-followup.h"
#include "opv-generate.h"
#include "opv-i18n.h"
#include "opv-item.h"
#include "opv-item-stream.h"
#include "opv-kamerstuk.h"
#include "opv-outline-model.h"
#include "opv-party.h"
#include "opv-round.h"
#include "opv-search.h"
#include "opv-store.h"
#include "opv-theme.h"
#include "opv-timeframe.h"
