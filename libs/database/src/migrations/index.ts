import { Cohorts1795394456842 } from './1795394456842-Cohorts';

/** Every migration, oldest first. The app and the tests run exactly these. */
export const MIGRATIONS = [Cohorts1795394456842];
