export { DEMO_COHORTS, DEMO_MANAGER, DEMO_PROGRAMME, statusOn } from './demo-data';
export { DEMO_NETWORKS, DEMO_REAL_NETWORK_NAMES } from './demo-networks';
export { DemoModule } from './demo.module';
export { DemoSeeder } from './demo-seeder';
