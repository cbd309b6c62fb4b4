// Moved down to validate/, where the data call's commands choose their plan the same way.
export { selectPlanForYear } from '../validate/select-plan.js';
