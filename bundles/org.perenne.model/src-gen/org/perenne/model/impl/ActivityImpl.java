/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.time.LocalTime;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.perenne.model.Activity;
import org.perenne.model.ActivityPriority;
import org.perenne.model.DayOfWeek;
import org.perenne.model.Equipment;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.ActivityImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActivityImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActivityImpl#getRequiredEquipment <em>Required Equipment</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActivityImpl#getAllowedDays <em>Allowed Days</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActivityImpl#getEarliestStart <em>Earliest Start</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActivityImpl#getLatestEnd <em>Latest End</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActivityImpl#getPreferredStart <em>Preferred Start</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActivityImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActivityImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.perenne.model.impl.ActivityImpl#isMandatory <em>Mandatory</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActivityImpl extends ElementImpl implements Activity {
	/**
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttendees() <em>Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected static final int ATTENDEES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected int attendees = ATTENDEES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredEquipment() <em>Required Equipment</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredEquipment()
	 * @generated
	 * @ordered
	 */
	protected EList<Equipment> requiredEquipment;

	/**
	 * The cached value of the '{@link #getAllowedDays() <em>Allowed Days</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedDays()
	 * @generated
	 * @ordered
	 */
	protected EList<DayOfWeek> allowedDays;

	/**
	 * The default value of the '{@link #getEarliestStart() <em>Earliest Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarliestStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime EARLIEST_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEarliestStart() <em>Earliest Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarliestStart()
	 * @generated
	 * @ordered
	 */
	protected LocalTime earliestStart = EARLIEST_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatestEnd() <em>Latest End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatestEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime LATEST_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLatestEnd() <em>Latest End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatestEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalTime latestEnd = LATEST_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferredStart() <em>Preferred Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime PREFERRED_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreferredStart() <em>Preferred Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredStart()
	 * @generated
	 * @ordered
	 */
	protected LocalTime preferredStart = PREFERRED_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final ActivityPriority PRIORITY_EDEFAULT = ActivityPriority.REVENUE;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected ActivityPriority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANDATORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected boolean mandatory = MANDATORY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes() {
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes) {
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ACTIVITY__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAttendees() {
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttendees(int newAttendees) {
		int oldAttendees = attendees;
		attendees = newAttendees;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ACTIVITY__ATTENDEES, oldAttendees, attendees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Equipment> getRequiredEquipment() {
		if (requiredEquipment == null) {
			requiredEquipment = new EDataTypeUniqueEList<Equipment>(Equipment.class, this, PerennePackage.ACTIVITY__REQUIRED_EQUIPMENT);
		}
		return requiredEquipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DayOfWeek> getAllowedDays() {
		if (allowedDays == null) {
			allowedDays = new EDataTypeUniqueEList<DayOfWeek>(DayOfWeek.class, this, PerennePackage.ACTIVITY__ALLOWED_DAYS);
		}
		return allowedDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getEarliestStart() {
		return earliestStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarliestStart(LocalTime newEarliestStart) {
		LocalTime oldEarliestStart = earliestStart;
		earliestStart = newEarliestStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ACTIVITY__EARLIEST_START, oldEarliestStart, earliestStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getLatestEnd() {
		return latestEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatestEnd(LocalTime newLatestEnd) {
		LocalTime oldLatestEnd = latestEnd;
		latestEnd = newLatestEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ACTIVITY__LATEST_END, oldLatestEnd, latestEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getPreferredStart() {
		return preferredStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferredStart(LocalTime newPreferredStart) {
		LocalTime oldPreferredStart = preferredStart;
		preferredStart = newPreferredStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ACTIVITY__PREFERRED_START, oldPreferredStart, preferredStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivityPriority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(ActivityPriority newPriority) {
		ActivityPriority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ACTIVITY__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ACTIVITY__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMandatory() {
		return mandatory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandatory(boolean newMandatory) {
		boolean oldMandatory = mandatory;
		mandatory = newMandatory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ACTIVITY__MANDATORY, oldMandatory, mandatory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.ACTIVITY__DURATION_MINUTES:
				return getDurationMinutes();
			case PerennePackage.ACTIVITY__ATTENDEES:
				return getAttendees();
			case PerennePackage.ACTIVITY__REQUIRED_EQUIPMENT:
				return getRequiredEquipment();
			case PerennePackage.ACTIVITY__ALLOWED_DAYS:
				return getAllowedDays();
			case PerennePackage.ACTIVITY__EARLIEST_START:
				return getEarliestStart();
			case PerennePackage.ACTIVITY__LATEST_END:
				return getLatestEnd();
			case PerennePackage.ACTIVITY__PREFERRED_START:
				return getPreferredStart();
			case PerennePackage.ACTIVITY__PRIORITY:
				return getPriority();
			case PerennePackage.ACTIVITY__VALUE:
				return getValue();
			case PerennePackage.ACTIVITY__MANDATORY:
				return isMandatory();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.ACTIVITY__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case PerennePackage.ACTIVITY__ATTENDEES:
				setAttendees((Integer)newValue);
				return;
			case PerennePackage.ACTIVITY__REQUIRED_EQUIPMENT:
				getRequiredEquipment().clear();
				getRequiredEquipment().addAll((Collection<? extends Equipment>)newValue);
				return;
			case PerennePackage.ACTIVITY__ALLOWED_DAYS:
				getAllowedDays().clear();
				getAllowedDays().addAll((Collection<? extends DayOfWeek>)newValue);
				return;
			case PerennePackage.ACTIVITY__EARLIEST_START:
				setEarliestStart((LocalTime)newValue);
				return;
			case PerennePackage.ACTIVITY__LATEST_END:
				setLatestEnd((LocalTime)newValue);
				return;
			case PerennePackage.ACTIVITY__PREFERRED_START:
				setPreferredStart((LocalTime)newValue);
				return;
			case PerennePackage.ACTIVITY__PRIORITY:
				setPriority((ActivityPriority)newValue);
				return;
			case PerennePackage.ACTIVITY__VALUE:
				setValue((Double)newValue);
				return;
			case PerennePackage.ACTIVITY__MANDATORY:
				setMandatory((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PerennePackage.ACTIVITY__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case PerennePackage.ACTIVITY__ATTENDEES:
				setAttendees(ATTENDEES_EDEFAULT);
				return;
			case PerennePackage.ACTIVITY__REQUIRED_EQUIPMENT:
				getRequiredEquipment().clear();
				return;
			case PerennePackage.ACTIVITY__ALLOWED_DAYS:
				getAllowedDays().clear();
				return;
			case PerennePackage.ACTIVITY__EARLIEST_START:
				setEarliestStart(EARLIEST_START_EDEFAULT);
				return;
			case PerennePackage.ACTIVITY__LATEST_END:
				setLatestEnd(LATEST_END_EDEFAULT);
				return;
			case PerennePackage.ACTIVITY__PREFERRED_START:
				setPreferredStart(PREFERRED_START_EDEFAULT);
				return;
			case PerennePackage.ACTIVITY__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case PerennePackage.ACTIVITY__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case PerennePackage.ACTIVITY__MANDATORY:
				setMandatory(MANDATORY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PerennePackage.ACTIVITY__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case PerennePackage.ACTIVITY__ATTENDEES:
				return attendees != ATTENDEES_EDEFAULT;
			case PerennePackage.ACTIVITY__REQUIRED_EQUIPMENT:
				return requiredEquipment != null && !requiredEquipment.isEmpty();
			case PerennePackage.ACTIVITY__ALLOWED_DAYS:
				return allowedDays != null && !allowedDays.isEmpty();
			case PerennePackage.ACTIVITY__EARLIEST_START:
				return EARLIEST_START_EDEFAULT == null ? earliestStart != null : !EARLIEST_START_EDEFAULT.equals(earliestStart);
			case PerennePackage.ACTIVITY__LATEST_END:
				return LATEST_END_EDEFAULT == null ? latestEnd != null : !LATEST_END_EDEFAULT.equals(latestEnd);
			case PerennePackage.ACTIVITY__PREFERRED_START:
				return PREFERRED_START_EDEFAULT == null ? preferredStart != null : !PREFERRED_START_EDEFAULT.equals(preferredStart);
			case PerennePackage.ACTIVITY__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case PerennePackage.ACTIVITY__VALUE:
				return value != VALUE_EDEFAULT;
			case PerennePackage.ACTIVITY__MANDATORY:
				return mandatory != MANDATORY_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (durationMinutes: ");
		result.append(durationMinutes);
		result.append(", attendees: ");
		result.append(attendees);
		result.append(", requiredEquipment: ");
		result.append(requiredEquipment);
		result.append(", allowedDays: ");
		result.append(allowedDays);
		result.append(", earliestStart: ");
		result.append(earliestStart);
		result.append(", latestEnd: ");
		result.append(latestEnd);
		result.append(", preferredStart: ");
		result.append(preferredStart);
		result.append(", priority: ");
		result.append(priority);
		result.append(", value: ");
		result.append(value);
		result.append(", mandatory: ");
		result.append(mandatory);
		result.append(')');
		return result.toString();
	}

} //ActivityImpl
