import enAdmin from '../../messages/en/admin.json';
import enAuth from '../../messages/en/auth.json';
import enCommon from '../../messages/en/common.json';
import enPlacements from '../../messages/en/placements.json';
import enRecommendations from '../../messages/en/recommendations.json';
import enScenarios from '../../messages/en/scenarios.json';
import enGlossary from '../../messages/en/glossary.json';
import enDecisions from '../../messages/en/decisions.json';
import enWorkingGroups from '../../messages/en/working-groups.json';
import enSearch from '../../messages/en/search.json';
import enLive from '../../messages/en/live.json';
import enInbox from '../../messages/en/inbox.json';
import nlAdmin from '../../messages/nl/admin.json';
import nlAuth from '../../messages/nl/auth.json';
import nlCommon from '../../messages/nl/common.json';
import nlPlacements from '../../messages/nl/placements.json';
import nlRecommendations from '../../messages/nl/recommendations.json';
import nlScenarios from '../../messages/nl/scenarios.json';
import nlGlossary from '../../messages/nl/glossary.json';
import nlDecisions from '../../messages/nl/decisions.json';
import nlWorkingGroups from '../../messages/nl/working-groups.json';
import nlSearch from '../../messages/nl/search.json';
import nlLive from '../../messages/nl/live.json';
import nlInbox from '../../messages/nl/inbox.json';

/**
 * Message files per module and language; each file holds its own top-level
 * namespace(s). A module adds its two files here (one line per language).
 */
export const messages = {
  nl: {
    ...nlCommon,
    ...nlAuth,
    ...nlWorkingGroups,
    ...nlAdmin,
    ...nlPlacements,
    ...nlRecommendations,
    ...nlScenarios,
    ...nlGlossary,
    ...nlDecisions,
    ...nlSearch,
    ...nlLive,
    ...nlInbox,
  },
  en: {
    ...enCommon,
    ...enAuth,
    ...enWorkingGroups,
    ...enAdmin,
    ...enPlacements,
    ...enRecommendations,
    ...enScenarios,
    ...enGlossary,
    ...enDecisions,
    ...enSearch,
    ...enLive,
    ...enInbox,
  },
};

export { defaultLocale, LOCALE_COOKIE, locales, TIME_ZONE, toLocale, type Locale } from './locale';
