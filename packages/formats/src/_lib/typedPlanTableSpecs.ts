import {
  activitiesTableSpec,
  activityAudiencesTableSpec,
  activityChannelsTableSpec,
  activityOfficesTableSpec,
  activityThemesTableSpec,
  assigneeGroupsTableSpec,
  contentItemsTableSpec,
  formsItemsTableSpec,
  officesTableSpec,
  referencesTableSpec,
  targetsTableSpec,
} from "./partTableSpecs";
import { plansTableSpec } from "./plansTableSpec";
import { escalationTableSpec, subtasksTableSpec, tasksTableSpec } from "./taskTableSpecs";

/** Every plan table's spec, with column names known to the compiler, in file order. */
export const typedPlanTableSpecs = {
  plans: plansTableSpec,
  content_items: contentItemsTableSpec,
  forms_items: formsItemsTableSpec,
  activities: activitiesTableSpec,
  subtasks: subtasksTableSpec,
  activity_themes: activityThemesTableSpec,
  activity_channels: activityChannelsTableSpec,
  activity_audiences: activityAudiencesTableSpec,
  offices: officesTableSpec,
  assignee_groups: assigneeGroupsTableSpec,
  activity_offices: activityOfficesTableSpec,
  targets: targetsTableSpec,
  references: referencesTableSpec,
  escalation: escalationTableSpec,
  tasks: tasksTableSpec,
} as const;
