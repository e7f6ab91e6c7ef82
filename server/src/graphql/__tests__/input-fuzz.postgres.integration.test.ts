import { describeInputFuzz } from './input-fuzz.suite';

describeInputFuzz('postgres');
