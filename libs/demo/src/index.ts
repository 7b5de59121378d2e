export { DEMO_COHORTS, DEMO_MANAGER, DEMO_PROGRAMME, statusOn } from './demo-data';
export { DemoModule } from './demo.module';
export { DemoSeeder } from './demo-seeder';
